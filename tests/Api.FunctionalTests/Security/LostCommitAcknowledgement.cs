using System.Data.Common;
using AdaptiveLearning.Application.Learning;
using Microsoft.Extensions.DependencyInjection;

namespace AdaptiveLearning.Api.FunctionalTests.Security;

/// <summary>
/// The cards' transaction commits, then the connection drops before the API hears back: the fault a
/// database outage causes mid-answer, which a test cannot time with a real server.
/// </summary>
internal sealed class LostCommitAcknowledgement(ICardRepository inner, Func<Exception> fault) : ICardRepository
{
    public async Task<T> WithQuestionCardsAsync<T>(Guid userId, IReadOnlyCollection<long> questionIds, IReadOnlyCollection<string> clientAttemptIds,
        DateTimeOffset now, Func<ICardTransaction, Task<T>> work, CancellationToken ct)
    {
        await inner.WithQuestionCardsAsync(userId, questionIds, clientAttemptIds, now, work, ct);
        throw fault();
    }

    public Task<T> WithCardAsync<T>(Guid userId, long cardId, Func<ICardTransaction, Task<T>> work, CancellationToken ct) =>
        inner.WithCardAsync(userId, cardId, work, ct);

    /// <summary>Wraps whatever the API registered as the card repository.</summary>
    public static void Install(IServiceCollection services) => Install(services, () => new ConnectionLost());

    /// <summary>As a killed Galera node shows through MySqlConnector: the bare socket error, not a MySqlException.</summary>
    public static void InstallSocketReset(IServiceCollection services) =>
        Install(services, () => new System.Net.Sockets.SocketException((int)System.Net.Sockets.SocketError.ConnectionReset));

    private static void Install(IServiceCollection services, Func<Exception> fault)
    {
        var original = services.Last(d => d.ServiceType == typeof(ICardRepository));
        services.Remove(original);
        services.AddScoped<ICardRepository>(sp =>
            new LostCommitAcknowledgement((ICardRepository)ActivatorUtilities.CreateInstance(sp, original.ImplementationType!), fault));
    }

    private sealed class ConnectionLost() : DbException("Connection lost after COMMIT was sent.")
    {
        public override bool IsTransient => true;
    }
}
