import { applyDecorators, Controller, Get, Header, Query, StreamableFile } from '@nestjs/common';
import {
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import { attachmentDisposition } from './download-link';
import { LOCAL_MEDIA_PATH } from './local-media-link.signer';
import { LocalMediaService } from './local-media.service';

const LocalMediaLinkDocs = () =>
  applyDecorators(
    ApiOperation({
      summary: 'Download media kept on local disk, through an expiring signed link',
      description:
        'The link comes from the admin API (attachment download URL) and is its own credential: no bearer token. ' +
        'Every parameter is covered by the signature. With S3 storage, links are presigned S3 URLs and this route answers 404.',
    }),
    ApiQuery({ name: 'key', required: true, description: 'Storage key of the object' }),
    ApiQuery({ name: 'expires', required: true, description: 'Unix time (seconds) after which the link is refused' }),
    ApiQuery({ name: 'type', required: true, description: 'Content-Type of the download', example: 'image/jpeg' }),
    ApiQuery({ name: 'filename', required: true, description: 'Suggested file name', example: 'KMT-4821-1.jpg' }),
    ApiQuery({ name: 'signature', required: true, description: 'HMAC-SHA256 of the other parameters, base64url' }),
    ApiProduces('application/octet-stream'),
    ApiOkResponse({
      description: 'The file, as an attachment with the signed Content-Type and file name',
      schema: { type: 'string', format: 'binary' },
    }),
    ApiForbiddenResponse({
      description: 'Missing, malformed or altered link (code SIGNATURE_INVALID), or an expired one (code FORBIDDEN)',
    }),
    ApiNotFoundResponse({ description: 'The file no longer exists, or media are not on local disk' }),
  );

@ApiTags('media')
@Controller(LOCAL_MEDIA_PATH)
export class LocalMediaController {
  constructor(private readonly media: LocalMediaService) {}

  @Get()
  @LocalMediaLinkDocs()
  // The link is a credential: keep the file out of shared caches and the link out of Referer headers, and
  // never let a browser sniff a stored file into HTML.
  @Header('Cache-Control', 'private, no-store')
  @Header('X-Content-Type-Options', 'nosniff')
  @Header('Referrer-Policy', 'no-referrer')
  @Header('Content-Security-Policy', "default-src 'none'; sandbox")
  async download(@Query() query: Record<string, unknown>): Promise<StreamableFile> {
    const file = await this.media.open(query);
    return new StreamableFile(file.body, {
      type: file.contentType,
      disposition: attachmentDisposition(file.fileName),
      length: file.size,
    });
  }
}
