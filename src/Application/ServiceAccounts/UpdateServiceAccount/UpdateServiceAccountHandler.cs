using AdaptiveLearning.Application.Audit;
using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.ServiceAccounts.UpdateServiceAccount;

internal sealed class UpdateServiceAccountHandler(IServiceAccountStore store, IClock clock) : IHandler<UpdateServiceAccountCommand, ServiceAccount>
{
    public async Task<ServiceAccount> HandleAsync(UpdateServiceAccountCommand request, CancellationToken ct)
    {
        if (request.Name is null && request.Description is null && request.Active is null)
            throw ProblemException.Field("active", "Send name, description, active or any of them.");
        var current = await store.AccountOrThrowAsync(request.Id, ct);
        var next = current with
        {
            Name = request.Name?.Trim() ?? current.Name,
            Description = request.Description ?? current.Description,
            Active = request.Active ?? current.Active,
        };
        if (next == current)
            return current;
        var detail = next.Active != current.Active ? (next.Active ? "activated" : "deactivated") : "renamed or described";
        await store.UpdateAccountAsync(next,
            new AuditEntry(clock.UtcNow, AuditKind.ServiceAccountChanged, current.Id, request.ActorId, request.Client, $"{next.Name}: {detail}"), ct);
        return next;
    }
}
