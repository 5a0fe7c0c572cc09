import * as plugins from '../../congodb.plugins';
import type { ICommandHandler, IHandlerContext } from '../CommandRouter';
import { toCongoError } from '../../errors/CongoErrors';

/**
 * InsertHandler - Handles insert commands
 */
export class InsertHandler implements ICommandHandler {
  async handle(context: IHandlerContext): Promise<plugins.bson.Document> {
    const { storage, database, command, documentSequences } = context;

    const collection = command.insert;
    if (typeof collection !== 'string') {
      return {
        ok: 0,
        errmsg: 'insert command requires a collection name',
        code: 2,
        codeName: 'BadValue',
      };
    }

    // Get documents from command or document sequences
    let documents: plugins.bson.Document[] = command.documents || [];

    // Check for OP_MSG document sequences (for bulk inserts)
    if (documentSequences && documentSequences.has('documents')) {
      documents = documentSequences.get('documents') ?? [];
    }

    if (!Array.isArray(documents) || documents.length === 0) {
      return {
        ok: 0,
        errmsg: 'insert command requires documents array',
        code: 2,
        codeName: 'BadValue',
      };
    }

    const ordered = command.ordered !== false;
    const writeErrors: plugins.bson.Document[] = [];
    let insertedCount = 0;

    // Ensure collection exists
    await storage.createCollection(database, collection);

    // Insert documents
    for (let i = 0; i < documents.length; i++) {
      try {
        await storage.insertOne(database, collection, documents[i] as plugins.bson.Document);
        insertedCount++;
      } catch (error) {
        writeErrors.push(toCongoError(error).toWriteError(i));

        if (ordered) {
          // Stop on first error for ordered inserts
          break;
        }
      }
    }

    const response: plugins.bson.Document = {
      n: insertedCount,
    };

    if (writeErrors.length > 0) {
      response.writeErrors = writeErrors;
    }

    response.ok = 1;
    return response;
  }
}
