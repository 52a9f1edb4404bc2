namespace AdaptiveLearning.Application.Auth.External;

/// <summary>The provider refused the code, or its id_token failed a check. The message says which, for the audit log only.</summary>
public sealed class ExternalSignInRejectedException(string reason, Exception? inner = null) : Exception(reason, inner);
