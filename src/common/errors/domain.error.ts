/**
 * Errors the services raise. They carry a stable code; ProblemDetailsFilter maps codes to HTTP,
 * so services never throw HttpException.
 */
export const DOMAIN_ERROR_STATUS = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  SIGNATURE_INVALID: 403,
  TENANT_NOT_FOUND: 404,
  TICKET_NOT_FOUND: 404,
  NOT_FOUND: 404,
  CONFLICT: 409,
} as const;

export type DomainErrorCode = keyof typeof DOMAIN_ERROR_STATUS;

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details?: string[],
  ) {
    super(message);
    this.name = 'DomainError';
  }

  get status(): number {
    return DOMAIN_ERROR_STATUS[this.code];
  }
}
