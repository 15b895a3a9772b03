/**
 * The task worker, a process of its own (`npm run worker`): runs the tasks queued in Redis
 * (REDIS_URL). SIGTERM/SIGINT stop it taking jobs; the running ones finish, then it exits.
 * Without REDIS_URL there is nothing to do here: tasks then run in-process inside the server.
 */
import { pino } from 'pino';
import { taskRegistry } from './application/tasks/registry.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { environment } from './environment.js';
import { startTaskWorkers } from './infrastructure/tasks/bullmq-task-worker.js';
import { createTaskDependencies } from './infrastructure/tasks/task-queue-factory.js';

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
if (config.redisUrl === undefined) {
  console.error(
    'REDIS_URL is not set: tasks run in-process inside the server (npm start); this worker needs REDIS_URL.',
  );
  process.exit(1);
}

const logger = pino({ level: config.logLevel });
const workers = startTaskWorkers({
  redisUrl: config.redisUrl,
  prefix: config.queuePrefix,
  concurrency: config.queueConcurrency,
  tasks: taskRegistry,
  dependencies: createTaskDependencies(config),
  logger,
});

async function shutdown(signal: NodeJS.Signals): Promise<void> {
  logger.info({ signal }, 'worker stopping: finishing running tasks');
  setTimeout(() => process.exit(1), 30_000).unref();
  await workers.close();
  logger.info('worker stopped');
}

for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, (s) => void shutdown(s));

await workers.ready();
logger.info({ queues: workers.queues, prefix: config.queuePrefix }, 'worker ready');
