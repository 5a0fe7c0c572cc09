import * as plugins from '../../congodb.plugins';
import type { ICommandHandler, IHandlerContext } from '../CommandRouter';

/**
 * HelloHandler - Handles hello/isMaster handshake commands
 *
 * This is the first command sent by MongoDB drivers to establish a connection.
 * It returns server capabilities and configuration.
 *
 * No `topologyVersion` is reported: drivers then poll (heartbeatFrequencyMS) instead of using the
 * streaming (awaitable hello) protocol, which this server does not implement.
 */
export class HelloHandler implements ICommandHandler {
  async handle(context: IHandlerContext): Promise<plugins.bson.Document> {
    const { command, connectionId } = context;

    // Build response with server capabilities
    const response: plugins.bson.Document = {
      ismaster: true,

      // Topology info (standalone mode)
      isWritablePrimary: true,

      // Maximum sizes
      maxBsonObjectSize: 16777216,           // 16 MB
      maxMessageSizeBytes: 48000000,         // 48 MB
      maxWriteBatchSize: 100000,             // 100k documents per batch

      // Timestamps
      localTime: new Date(),

      // Session support
      logicalSessionTimeoutMinutes: 30,

      // Connection info
      connectionId,

      // Wire protocol versions (support MongoDB 3.6 through 7.0)
      minWireVersion: 0,
      maxWireVersion: 21,

      // Server mode
      readOnly: false,
    };

    // Handle hello-specific fields
    if (command.hello !== undefined) {
      response.helloOk = true;
    }

    // Handle SASL mechanisms query (authentication is not supported)
    if (command.saslSupportedMechs) {
      response.saslSupportedMechs = [];
    }

    // Compression support (none)
    if (command.compression) {
      response.compression = [];
    }

    response.ok = 1;
    return response;
  }
}
