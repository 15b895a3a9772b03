/** `npm run consumer`: handles the domain events of the Redis stream, in a process of its own. */
import { runConsumer } from './interfaces/consumer/run-consumer.js';

await runConsumer();
