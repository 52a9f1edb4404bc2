using System.Text.Json;
using AdaptiveLearning.Application.Auth.External;
using StackExchange.Redis;

namespace AdaptiveLearning.Infrastructure.Auth.External;

/// <summary>
/// Redis, because every instance must see what another stored a moment ago and each entry must die on its own:
/// SET with an expiry, and GETDEL so that exactly one of two concurrent takes gets the entry.
/// </summary>
internal sealed class RedisExternalSignInStore(IConnectionMultiplexer redis) : IExternalSignInStore
{
    private const string PendingPrefix = "external-sign-in:state:";
    private const string CodePrefix = "external-sign-in:code:";

    public Task SavePendingAsync(string state, PendingExternalSignIn pending, TimeSpan lifetime, CancellationToken ct) =>
        redis.GetDatabase().StringSetAsync(PendingPrefix + state, JsonSerializer.Serialize(pending), lifetime);

    public async Task<PendingExternalSignIn?> TakePendingAsync(string state, CancellationToken ct)
    {
        var value = await redis.GetDatabase().StringGetDeleteAsync(PendingPrefix + state);
        return value.IsNullOrEmpty ? null : JsonSerializer.Deserialize<PendingExternalSignIn>(value.ToString());
    }

    public Task SaveCodeAsync(string codeHash, ExternalSignInCode code, TimeSpan lifetime, CancellationToken ct) =>
        redis.GetDatabase().StringSetAsync(CodePrefix + codeHash, JsonSerializer.Serialize(code), lifetime);

    public async Task<ExternalSignInCode?> TakeCodeAsync(string codeHash, CancellationToken ct)
    {
        var value = await redis.GetDatabase().StringGetDeleteAsync(CodePrefix + codeHash);
        return value.IsNullOrEmpty ? null : JsonSerializer.Deserialize<ExternalSignInCode>(value.ToString());
    }
}
