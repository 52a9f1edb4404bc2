using System.Data.Common;
using AdaptiveLearning.Application.Learning;
using Microsoft.Extensions.DependencyInjection;

namespace AdaptiveLearning.Api.FunctionalTests.Security;

/// <summary>
/// The cards' transaction commits, then the connection drops before the API hears back: the fault a
/// database outage causes mid-answer, which a test cannot time with a real server.
/// </summary>
internal sealed class LostCommitAcknowledgement(ICardRepository inner) : ICardRepository
{
    public async Task<T> WithQuestionCardsAsync<T>(Guid userId, IReadOnlyCollection<long> questionIds, IReadOnlyCollection<string> clientAttemptIds,
        DateTimeOffset now, Func<ICardTransaction, Task<T>> work, CancellationToken ct)
    {
        await inner.WithQuestionCardsAsync(userId, questionIds, clientAttemptIds, now, work, ct);
        throw new ConnectionLost();
    }

    public Task<T> WithCardAsync<T>(Guid userId, long cardId, Func<ICardTransaction, Task<T>> work, CancellationToken ct) =>
        inner.WithCardAsync(userId, cardId, work, ct);

    /// <summary>Wraps whatever the API registered as the card repository.</summary>
    public static void Install(IServiceCollection services)
    {
        var original = services.Last(d => d.ServiceType == typeof(ICardRepository));
        services.Remove(original);
        services.AddScoped<ICardRepository>(sp =>
            new LostCommitAcknowledgement((ICardRepository)ActivatorUtilities.CreateInstance(sp, original.ImplementationType!)));
    }

    private sealed class ConnectionLost() : DbException("Connection lost after COMMIT was sent.")
    {
        public override bool IsTransient => true;
    }
}
