namespace AdaptiveLearning.Api.Http;

/// <summary>The content codings rendered responses are sent in, best first.</summary>
internal enum ContentCoding
{
    Identity,
    Brotli,
    Gzip,
}
