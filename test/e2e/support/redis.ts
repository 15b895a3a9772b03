/** Just enough of the Redis protocol for the e2e tests to probe a server and look at keys. */
import { connect } from 'node:net';

export const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

function encode(args: readonly string[]): string {
  return `*${args.length}\r\n${args.map((a) => `$${Buffer.byteLength(a)}\r\n${a}\r\n`).join('')}`;
}

/** Sends one command and resolves with the first reply line (`+PONG`, `:1`, `-ERR …`). */
export function redisCommand(...args: string[]): Promise<string> {
  const url = new URL(redisUrl);
  return new Promise((resolve, reject) => {
    const socket = connect({ host: url.hostname, port: Number(url.port || 6379) });
    socket.setTimeout(2000, () => socket.destroy(new Error('timed out')));
    let reply = '';
    socket.on('data', (chunk) => {
      reply += chunk.toString();
      const end = reply.indexOf('\r\n');
      if (end >= 0) {
        socket.end();
        resolve(reply.slice(0, end));
      }
    });
    socket.on('error', reject);
    socket.write(encode(args));
  });
}

/** Why Redis cannot be used, or undefined when it answers PING. */
export async function redisUnreachable(): Promise<string | undefined> {
  try {
    const reply = await redisCommand('PING');
    return reply === '+PONG' ? undefined : `PING answered ${reply}`;
  } catch (error) {
    return (error as Error).message;
  }
}
