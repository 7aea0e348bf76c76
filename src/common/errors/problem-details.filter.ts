import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import { DomainError } from './domain.error';

interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  code?: string;
  errors?: string[];
  correlationId: string;
}

/**
 * The one place errors become HTTP answers (RFC 9457 problem+json). Anything that is not a known
 * error is logged with a correlation id and answered with a bare 500 that reveals nothing.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger(ProblemDetailsFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const response = http.getResponse<Response>();
    const request = http.getRequest<Request>();
    const correlationId = correlationIdOf(request);
    const problem = this.toProblem(exception, correlationId);

    if (problem.status >= 500) {
      const error = exception instanceof Error ? exception : new Error(String(exception));
      this.logger.error(`[${correlationId}] ${request.method} ${request.path}: ${error.message}`, error.stack);
    }
    if (response.headersSent) return;
    response.status(problem.status).type('application/problem+json').send(JSON.stringify(problem));
  }

  private toProblem(exception: unknown, correlationId: string): ProblemDetails {
    if (exception instanceof DomainError) {
      return {
        type: 'about:blank',
        title: titleOf(exception.status),
        status: exception.status,
        detail: exception.message,
        code: exception.code,
        ...(exception.details?.length ? { errors: exception.details } : {}),
        correlationId,
      };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const body = exception.getResponse();
      const messages =
        typeof body === 'object' && body !== null && 'message' in body ? (body as { message: unknown }).message : body;
      const errors = Array.isArray(messages) ? messages.map(String) : undefined;
      const detail = status >= 500 ? undefined : errors ? 'The request is not valid.' : String(messages);
      return {
        type: 'about:blank',
        title: titleOf(status),
        status,
        ...(detail ? { detail } : {}),
        ...(errors ? { errors } : {}),
        correlationId,
      };
    }
    return { type: 'about:blank', title: titleOf(500), status: 500, correlationId };
  }
}

function titleOf(status: number): string {
  const name = HttpStatus[status];
  return typeof name === 'string'
    ? name
        .toLowerCase()
        .split('_')
        .map((word) => word[0].toUpperCase() + word.slice(1))
        .join(' ')
    : 'Error';
}

function correlationIdOf(request: Request): string {
  const body = request.body as Record<string, unknown> | undefined;
  const sid = body && typeof body.MessageSid === 'string' ? body.MessageSid : undefined;
  return sid && /^[A-Za-z0-9]{1,64}$/.test(sid) ? sid : randomUUID();
}
