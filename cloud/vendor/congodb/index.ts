// CongoDB - MongoDB Wire Protocol compatible in-memory database server
// Use the official MongoDB driver to connect to CongoServer

// Re-export plugins for external use
import * as plugins from './congodb.plugins';
export { plugins };

// Export BSON types for convenience
export { ObjectId, Binary, Timestamp, Long, Decimal128, UUID } from 'bson';

// Export all types
export type * from './types/interfaces';

// Export errors
export * from './errors/CongoErrors';

// Export storage adapters
export type { IStorageAdapter } from './storage/IStorageAdapter';
export { MemoryStorageAdapter } from './storage/MemoryStorageAdapter';
export { FileStorageAdapter } from './storage/FileStorageAdapter';
export type { IFileStorageOptions } from './storage/FileStorageAdapter';

// Export engines
export { QueryEngine } from './engine/QueryEngine';
export { UpdateEngine } from './engine/UpdateEngine';
export { AggregationEngine } from './engine/AggregationEngine';
export { IndexEngine } from './engine/IndexEngine';

// Export server (the main entry point for using CongoDB)
export { CongoServer } from './server/CongoServer';
export type { ICongoServerOptions } from './server/CongoServer';

// Export wire protocol utilities (for advanced usage)
export { WireProtocol } from './server/WireProtocol';
export { CommandRouter } from './server/CommandRouter';
export { CollectionLocks } from './server/CollectionLocks';
export type { ICommandHandler, IHandlerContext, ICursorState } from './server/CommandRouter';
