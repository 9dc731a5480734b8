/** The superiorCopy use case's public entry: what the edges (task pane, CLI) may import. */
export * from './exportForSuperior';
