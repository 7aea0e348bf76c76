import { MediaDownloadError, type MediaFailureReason } from './media-download.error';

describe(MediaDownloadError.name, () => {
  it.each<[MediaFailureReason, boolean]>([
    ['host_not_allowed', false],
    ['too_many_redirects', false],
    ['network_error', true],
    ['timeout', true],
    ['too_large', false],
    ['unsupported_type', false],
    ['empty', false],
    ['aborted', true],
  ])('marks %s retryable: %p', (reason, retryable) => {
    const error = new MediaDownloadError(reason, 'x');

    expect(error).toMatchObject({ reason, retryable, code: 'MEDIA_DOWNLOAD_FAILED', name: 'MediaDownloadError' });
    expect(error).toBeInstanceOf(Error);
  });

  it.each([
    [500, true],
    [503, true],
    [408, true],
    [429, true],
    [400, false],
    [401, false],
    [403, false],
    [404, false],
    [410, false],
    [302, false],
  ])('decides an http_error with status %p by the status: retryable %p', (status, retryable) => {
    expect(new MediaDownloadError('http_error', 'x', { status })).toMatchObject({ reason: 'http_error', status, retryable });
  });
});
