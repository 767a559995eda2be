// What every route does with its request: who is calling, may they, and is the input well-formed.
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { describeZodError } from '../shared/sync/protocol';
import type { Caller } from './auth';
import { HttpError } from './httpErrors';

/** The signed-in caller; the onRequest hook has already answered 401 when there is none. */
export function callerOf(request: FastifyRequest): Caller {
  if (!request.caller)
    throw new HttpError(401, 'sign in first: this needs a valid device token', 'sign_in_needed');
  return request.caller;
}

export function requireRole(request: FastifyRequest, ...roles: Caller['role'][]): Caller {
  const caller = callerOf(request);
  if (!roles.includes(caller.role)) {
    throw new HttpError(
      403,
      `this needs the role ${roles.join(' or ')}; you are ${caller.role}`,
      'role_needed',
    );
  }
  return caller;
}

/** Untrusted input checked at the boundary: a 400 saying what is wrong, nothing written. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new HttpError(400, describeZodError(parsed.error), 'invalid_input');
  return parsed.data;
}
