/** The consolidate use case's public entry: what the edges (task pane, CLI) may import. */
export * from './assemble';
export * from './consolidate';
export * from './file';
export * from './json';
export * from './messages';
export * from './officeBook';
export * from './target';
export * from './write';
