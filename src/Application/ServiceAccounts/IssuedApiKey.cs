namespace AdaptiveLearning.Application.ServiceAccounts;

/// <summary>A newly issued key. <paramref name="Key"/> is shown this once: only its hash is stored.</summary>
/// <param name="Key">The whole key to send as <c>Authorization: ApiKey …</c> or <c>X-Api-Key</c>.</param>
/// <param name="Replaced">After a rotation: the old key, now expiring at the end of the grace period.</param>
public sealed record IssuedApiKey(string Key, ApiKeyView ApiKey, ApiKeyView? Replaced = null);
