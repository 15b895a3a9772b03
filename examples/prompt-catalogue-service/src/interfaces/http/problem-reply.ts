/** Answers from a hook with problem+json (RFC 9457), the shape the problem-details plugin gives. */
import type { FastifyReply, FastifyRequest } from 'fastify';

export function replyProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  title: string,
  detail: string,
): FastifyReply {
  return reply
    .code(status)
    .type('application/problem+json')
    .send({ type: 'about:blank', title, status, detail, instance: request.url });
}
