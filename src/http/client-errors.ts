import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';

/**
 * Requests Node's HTTP parser refuses before any handler sees them, answered like every other
 * error of the API: JSON with a message and a code, then the connection closed. Without this
 * listener Node answers them with a status line and no body. Only the parser's own codes are
 * told apart: headers too large (431, Node's limit is 16 KiB), the client too slow to send
 * them (408); anything else is a malformed request (400).
 */
export function answerClientErrors(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    // A client that went away, or a socket another answer is already on: nothing to say.
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const [status, reason, code, message] = refusalOf(error.code);
    const body = JSON.stringify({ errors: [{ message, extensions: { code } }] });
    socket.end(
      `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}

function refusalOf(code: string | undefined): [number, string, string, string] {
  if (code === 'HPE_HEADER_OVERFLOW') {
    return [
      431,
      'Request Header Fields Too Large',
      'REQUEST_HEADER_FIELDS_TOO_LARGE',
      'The request headers are larger than the server accepts (16 KiB in all).',
    ];
  }
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    return [408, 'Request Timeout', 'REQUEST_TIMEOUT', 'The request did not arrive in time.'];
  }
  return [400, 'Bad Request', 'BAD_REQUEST', 'The request is not valid HTTP.'];
}
