// Server module exports

export { CongoServer } from './CongoServer';
export type { ICongoServerOptions } from './CongoServer';
export { WireProtocol } from './WireProtocol';
export { CommandRouter } from './CommandRouter';
export { CollectionLocks } from './CollectionLocks';
export type { ICommandHandler, IHandlerContext, ICursorState } from './CommandRouter';

// Export handlers
export * from './handlers/index';
