namespace AdaptiveLearning.Application.Auth.External;

/// <summary>The provider's discovery document, keys or token endpoint could not be reached.</summary>
public sealed class ExternalProviderUnavailableException(string provider, Exception inner)
    : Exception($"The external provider '{provider}' could not be reached.", inner);
