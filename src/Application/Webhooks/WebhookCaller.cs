namespace AdaptiveLearning.Application.Webhooks;

/// <summary>Who manages webhooks: an admin sees and changes every webhook, a service account only its own.</summary>
/// <param name="Client">The caller's address, for the audit log.</param>
public sealed record WebhookCaller(Guid Id, bool SeesAll, string? Client)
{
    public Guid? OwnerFilter => SeesAll ? null : Id;
}
