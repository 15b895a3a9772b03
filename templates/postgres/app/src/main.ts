/** Starts the service: config → composition root → HTTP; drains and closes on SIGTERM/SIGINT. */
import { pino } from 'pino';
import { bootstrap } from './bootstrap.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { environment } from './environment.js';
import { buildApp } from './interfaces/http/app.js';

function configOrExit(): Config {
  try {
    return loadConfig(environment());
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`configuration error: ${error.message}`);
    process.exit(1);
  }
}

const config = configOrExit();
const logger = pino({ level: config.logLevel });
const services = await bootstrap({
  databaseUrl: config.databaseUrl,
  migrate: config.migrateOnStart,
  logger,
});
const app = await buildApp({ services, corsOrigins: config.corsOrigins, logger });

async function shutdown(signal: NodeJS.Signals): Promise<void> {
  logger.info({ signal }, 'shutting down');
  setTimeout(() => process.exit(1), 10_000).unref();
  await app.close();
  await services.close();
  logger.info('stopped');
}

for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, (s) => void shutdown(s));

await app.listen({ port: config.port, host: config.host });
services.relay.start(config.outboxPollMs);
