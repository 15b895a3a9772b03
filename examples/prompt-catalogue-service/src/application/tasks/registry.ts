/** Every task the worker can run, found by name when a job arrives. List each new task here. */
import { deliverEventToWebhook } from './deliver-event-to-webhook.js';
import type { Task } from './task.js';

export const taskRegistry: readonly Task[] = [deliverEventToWebhook];
