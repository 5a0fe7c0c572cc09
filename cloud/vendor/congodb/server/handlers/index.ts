// Export all command handlers

export { HelloHandler } from './HelloHandler';
export { InsertHandler } from './InsertHandler';
export { FindHandler } from './FindHandler';
export { UpdateHandler } from './UpdateHandler';
export { DeleteHandler } from './DeleteHandler';
export { AggregateHandler } from './AggregateHandler';
export { IndexHandler } from './IndexHandler';
export { AdminHandler } from './AdminHandler';
