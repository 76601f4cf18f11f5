import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { Readable } from 'node:stream';
import { assertSafeKey, MediaStorage } from './media-storage';

export interface S3MediaStorageOptions {
  bucket: string;
  region: string;
  /** For S3-compatible services (MinIO, Ceph, Garage …); unset for AWS. */
  endpoint?: string;
  /** Most non-AWS services want `bucket` in the path rather than in the host name. */
  forcePathStyle: boolean;
  /** Unset: the SDK's default chain (environment, instance role …). */
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

const isMissing = (error: unknown) => {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e?.name === 'NoSuchKey' || e?.name === 'NotFound' || e?.$metadata?.httpStatusCode === 404;
};

/** Media in an S3-compatible bucket. The bucket stays private: files are served through GET /media. */
export class S3MediaStorage implements MediaStorage {
  readonly kind = 's3' as const;
  private readonly client: S3Client;

  constructor(private readonly options: S3MediaStorageOptions) {
    this.client = new S3Client({
      region: options.region,
      endpoint: options.endpoint,
      forcePathStyle: options.forcePathStyle,
      credentials: options.credentials,
    });
  }

  async put(key: string, data: Buffer, contentType: string): Promise<void> {
    assertSafeKey(key);
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.options.bucket,
        Key: key,
        Body: data,
        ContentType: contentType,
        ContentLength: data.length,
      }),
    );
  }

  async get(key: string): Promise<Buffer | null> {
    const body = await this.stream(key);
    if (!body) return null;
    const chunks: Buffer[] = [];
    for await (const chunk of body) chunks.push(Buffer.from(chunk as Uint8Array));
    return Buffer.concat(chunks);
  }

  async stream(key: string): Promise<Readable | null> {
    assertSafeKey(key);
    try {
      const result = await this.client.send(new GetObjectCommand({ Bucket: this.options.bucket, Key: key }));
      // In Node the SDK's body is an http.IncomingMessage (a Readable).
      if (result.Body === undefined) return null;
      if (result.Body instanceof Readable) return result.Body;
      throw new Error('unexpected S3 response body type');
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    assertSafeKey(key);
    await this.client.send(new DeleteObjectCommand({ Bucket: this.options.bucket, Key: key }));
  }

  /** Closes the SDK's sockets (module shutdown, tests). */
  destroy(): void {
    this.client.destroy();
  }
}
