using System.Security.Cryptography;

namespace AdaptiveLearning.Api.Http;

/// <summary>A content read as it goes over the wire: its UTF-8 JSON body and the strong ETag of exactly those bytes.</summary>
internal sealed class RenderedResponse
{
    public const string ContentType = "application/json; charset=utf-8";

    private RenderedResponse(byte[] body, string etag) => (Body, ETag) = (body, etag);

    public byte[] Body { get; }
    public string ETag { get; }

    public static RenderedResponse Of(byte[] body) =>
        new(body, $"\"{Convert.ToHexStringLower(SHA256.HashData(body).AsSpan(0, 16))}\"");
}
