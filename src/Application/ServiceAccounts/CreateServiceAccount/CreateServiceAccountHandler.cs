using AdaptiveLearning.Application.Audit;
using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.ServiceAccounts.CreateServiceAccount;

internal sealed class CreateServiceAccountHandler(IServiceAccountStore store, IClock clock) : IHandler<CreateServiceAccountCommand, ServiceAccount>
{
    public async Task<ServiceAccount> HandleAsync(CreateServiceAccountCommand request, CancellationToken ct)
    {
        var now = clock.UtcNow;
        var scopes = ApiScopes.Parse(ApiScopes.Format(request.Scopes));
        var account = new ServiceAccount(Guid.NewGuid(), request.Name.Trim(), request.Description, scopes, true, now, request.ActorId);
        await store.InsertAccountAsync(account,
            new AuditEntry(now, AuditKind.ServiceAccountCreated, account.Id, request.ActorId, request.Client, $"{account.Name}: {ApiScopes.Format(scopes)}"), ct);
        return account;
    }
}
