/** The check use case's public entry: what the edges (task pane, CLI) may import. */
export * from './check';
export * from './complianceByGroup';
export * from './dueSoon';
export * from './findingLines';
export * from './goToRow';
export * from './rowValues';
