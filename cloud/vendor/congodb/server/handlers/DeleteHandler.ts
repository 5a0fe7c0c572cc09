import * as plugins from '../../congodb.plugins';
import type { ICommandHandler, IHandlerContext } from '../CommandRouter';
import { toCongoError } from '../../errors/CongoErrors';

/**
 * DeleteHandler - Handles delete commands
 */
export class DeleteHandler implements ICommandHandler {
  async handle(context: IHandlerContext): Promise<plugins.bson.Document> {
    const { storage, database, command, documentSequences } = context;

    const collection = command.delete;
    if (typeof collection !== 'string') {
      return {
        ok: 0,
        errmsg: 'delete command requires a collection name',
        code: 2,
        codeName: 'BadValue',
      };
    }

    // Get deletes from command or document sequences
    let deletes: plugins.bson.Document[] = command.deletes || [];

    // Check for OP_MSG document sequences
    if (documentSequences && documentSequences.has('deletes')) {
      deletes = documentSequences.get('deletes') ?? [];
    }

    if (!Array.isArray(deletes) || deletes.length === 0) {
      return {
        ok: 0,
        errmsg: 'delete command requires deletes array',
        code: 2,
        codeName: 'BadValue',
      };
    }

    const ordered = command.ordered !== false;
    const writeErrors: plugins.bson.Document[] = [];
    let totalDeleted = 0;

    for (let i = 0; i < deletes.length; i++) {
      const deleteSpec = deletes[i] as plugins.bson.Document;
      const filter = deleteSpec.q || {};

      // limit: 0 means delete all matching, limit: 1 means delete one
      const deleteAll = deleteSpec.limit === 0 || deleteSpec.limit === undefined;

      try {
        const docsToDelete = await storage.query(database, collection, filter, { limit: deleteAll ? 0 : 1, natural: !deleteAll });

        // Delete the documents
        totalDeleted += await storage.deleteByIds(
          database,
          collection,
          docsToDelete.map((doc) => doc._id)
        );
      } catch (error) {
        writeErrors.push(toCongoError(error).toWriteError(i));

        if (ordered) {
          break;
        }
      }
    }

    const response: plugins.bson.Document = {
      n: totalDeleted,
    };

    if (writeErrors.length > 0) {
      response.writeErrors = writeErrors;
    }

    response.ok = 1;
    return response;
  }
}
