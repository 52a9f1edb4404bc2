using System.Text.Json;
using ZiggyCreatures.Caching.Fusion.Serialization;

namespace AdaptiveLearning.Infrastructure.Caching;

/// <summary>System.Text.Json for FusionCache's Redis level (its own serializer packages are not available here).</summary>
internal sealed class JsonFusionCacheSerializer : IFusionCacheSerializer
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public byte[] Serialize<T>(T? obj) => JsonSerializer.SerializeToUtf8Bytes(obj, Options);
    public T? Deserialize<T>(byte[] data) => JsonSerializer.Deserialize<T>(data, Options);
    public ValueTask<byte[]> SerializeAsync<T>(T? obj, CancellationToken token = default) => ValueTask.FromResult(Serialize(obj));
    public ValueTask<T?> DeserializeAsync<T>(byte[] data, CancellationToken token = default) => ValueTask.FromResult(Deserialize<T>(data));
}
