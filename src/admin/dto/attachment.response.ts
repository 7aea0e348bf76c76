import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ATTACHMENT_STATUSES, AttachmentStatus } from '../../media/entities/media-attachment.entity';
import type { AttachmentView } from '../../media/media-attachments.repository';

export class AttachmentResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({
    type: String,
    nullable: true,
    example: 'image/jpeg',
    description: 'The type read from the file itself (null until downloaded); the declared type is not trusted',
  })
  contentType: string | null;

  @ApiProperty({ type: Number, nullable: true, example: 482113, description: 'Bytes (null until downloaded)' })
  size: number | null;

  @ApiProperty({ type: String, nullable: true, example: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08', description: 'Hex SHA-256 of the bytes' })
  sha256: string | null;

  @ApiProperty({
    enum: ATTACHMENT_STATUSES,
    description:
      'pending: being downloaded (retried with backoff); stored: ready; duplicate: the same file is already stored on this ticket; ' +
      'failed: could not be downloaded or was refused (see failureReason; the citizen was asked to resend)',
  })
  status: AttachmentStatus;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'too_large',
    description: 'Why a file failed (or why its last attempt failed): host_not_allowed, too_large, unsupported_type, http_error, timeout, ...',
  })
  failureReason: string | null;

  @ApiProperty()
  createdAt: Date;

  static from(view: AttachmentView): AttachmentResponse {
    return {
      id: view.id,
      contentType: view.contentType,
      size: view.size,
      sha256: view.sha256,
      status: view.status,
      failureReason: view.failureReason,
      createdAt: view.createdAt,
    };
  }
}

export class AttachmentListResponse {
  @ApiProperty({ type: [AttachmentResponse] })
  items: AttachmentResponse[];
}

export class AttachmentUrlResponse {
  @ApiProperty({ description: 'A short-lived link to the file (S3 presigned URL, or a signed route of this service for local storage)' })
  url: string;

  @ApiProperty()
  expiresAt: Date;
}
