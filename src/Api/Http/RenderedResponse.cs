using System.IO.Compression;
using System.Security.Cryptography;

namespace AdaptiveLearning.Api.Http;

/// <summary>
/// A content read as it goes over the wire: its UTF-8 JSON body, the strong ETag of those bytes, and the body
/// compressed for clients that accept it — each coding made once, on first demand, and kept with the entry.
/// </summary>
internal sealed class RenderedResponse
{
    public const string ContentType = "application/json; charset=utf-8";
    // Below about one packet compressing saves nothing a client would notice and costs a little on every entry.
    internal const int CompressFromBytes = 1024;

    private readonly Lazy<byte[]> _brotli;
    private readonly Lazy<byte[]> _gzip;

    private RenderedResponse(byte[] body, string etag)
    {
        (Body, ETag) = (body, etag);
        _brotli = new Lazy<byte[]>(() => Compress(body, s => new BrotliStream(s, CompressionLevel.Optimal)));
        _gzip = new Lazy<byte[]>(() => Compress(body, s => new GZipStream(s, CompressionLevel.Optimal)));
    }

    public byte[] Body { get; }

    /// <summary>
    /// Names the content, whichever coding carries it: the same tag for every coding keeps <c>If-Match</c> and
    /// <c>If-None-Match</c> working for clients that decompress transparently (we serve no byte ranges, the one
    /// place where codings would need tags of their own).
    /// </summary>
    public string ETag { get; }

    public bool Compressible => Body.Length >= CompressFromBytes;

    public byte[] Encoded(ContentCoding coding) => coding switch
    {
        ContentCoding.Brotli => _brotli.Value,
        ContentCoding.Gzip => _gzip.Value,
        _ => Body,
    };

    public static RenderedResponse Of(byte[] body) =>
        new(body, $"\"{Convert.ToHexStringLower(SHA256.HashData(body).AsSpan(0, 16))}\"");

    private static byte[] Compress(byte[] body, Func<Stream, Stream> encoder)
    {
        using var output = new MemoryStream(body.Length / 4);
        using (var stream = encoder(output))
            stream.Write(body);
        return output.ToArray();
    }
}
