using System.Data;
using System.Text.Json;
using AdaptiveLearning.Application.Adaptive;
using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Domain.Scheduling;
using AdaptiveLearning.Domain.Tracing;
using AdaptiveLearning.Infrastructure.Learning;
using Dapper;
using MySqlConnector;

namespace AdaptiveLearning.Infrastructure.Adaptive;

internal sealed class AdaptiveStore(MySqlDataSource db) : IAdaptiveStore
{
    public async Task SaveBktAsync(IReadOnlyDictionary<long, (BktParameters Parameters, int Responses)> fitted, DateTimeOffset at, CancellationToken ct)
    {
        if (fitted.Count == 0)
            return;
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO bkt_parameters (facet_id, prior, learn, guess, slip, forget, responses, fitted_at)
            VALUES (@FacetId, @Prior, @Learn, @Guess, @Slip, @Forget, @Responses, @At)
            ON DUPLICATE KEY UPDATE prior = VALUES(prior), learn = VALUES(learn), guess = VALUES(guess), slip = VALUES(slip),
                                    forget = VALUES(forget), responses = VALUES(responses), fitted_at = VALUES(fitted_at)
            """, fitted.Select(f => new
            {
                FacetId = f.Key, f.Value.Parameters.Prior, f.Value.Parameters.Learn, f.Value.Parameters.Guess,
                f.Value.Parameters.Slip, f.Value.Parameters.Forget, f.Value.Responses, At = at.UtcDateTime,
            }), transaction, cancellationToken: ct));
        await transaction.CommitAsync(ct);
    }

    public async Task SaveCalibrationAsync(IReadOnlyDictionary<long, IrtItem> items, CancellationToken ct)
    {
        if (items.Count == 0)
            return;
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        // updated_at moves so ETags of question reads change with the parameters they show.
        await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE questions SET irt_a = @A, irt_b = @B, irt_c = @C, irt_calibrated = 1, updated_at = UTC_TIMESTAMP(6)
            WHERE id = @Id
            """, items.Select(i => new { Id = i.Key, i.Value.A, i.Value.B, i.Value.C }), transaction, cancellationToken: ct));
        await transaction.CommitAsync(ct);
    }

    public async Task SaveFacetPriorsAsync(Guid userId, IReadOnlyDictionary<long, double> priors, DateTimeOffset at, CancellationToken ct)
    {
        if (priors.Count == 0)
            return;
        await using var connection = await db.OpenConnectionAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO learner_facet_priors (user_id, facet_id, p_known, set_at) VALUES (@UserId, @FacetId, @PKnown, @At)
            ON DUPLICATE KEY UPDATE p_known = VALUES(p_known), set_at = VALUES(set_at)
            """, priors.Select(p => new { UserId = userId.ToString(), FacetId = p.Key, PKnown = p.Value, At = at.UtcDateTime }),
            cancellationToken: ct));
    }

    public async Task<bool> TryCompletePlacementAsync(Guid sessionId, Guid userId, AbilityEstimate ability, int items, int knownCards,
        DateTimeOffset at, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        return await connection.ExecuteAsync(new CommandDefinition("""
            INSERT IGNORE INTO placement_results (session_id, user_id, theta, standard_error, items, known_cards, completed_at)
            VALUES (@SessionId, @UserId, @Theta, @StandardError, @Items, @KnownCards, @At)
            """, new
            {
                SessionId = sessionId.ToString(), UserId = userId.ToString(), ability.Theta, ability.StandardError, Items = items,
                KnownCards = knownCards, At = at.UtcDateTime,
            }, cancellationToken: ct)) == 1;
    }

    public async Task SaveFsrsParametersAsync(Guid userId, FsrsFitResult fit, DateTimeOffset at, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO user_fsrs_parameters (user_id, parameters, fit_scope, scored_reviews, log_loss, default_log_loss, fitted_at)
            VALUES (@UserId, @Parameters, @Scope, @Scored, @LogLoss, @DefaultLogLoss, @At)
            ON DUPLICATE KEY UPDATE parameters = VALUES(parameters), fit_scope = VALUES(fit_scope), scored_reviews = VALUES(scored_reviews),
                                    log_loss = VALUES(log_loss), default_log_loss = VALUES(default_log_loss), fitted_at = VALUES(fitted_at)
            """, new
            {
                UserId = userId.ToString(), Parameters = JsonSerializer.Serialize(fit.Parameters.Values), Scope = WireNames.Of(fit.Scope),
                Scored = fit.ScoredReviewCount, LogLoss = Finite(fit.LogLoss), DefaultLogLoss = Finite(fit.DefaultLogLoss), At = at.UtcDateTime,
            }, cancellationToken: ct));
    }

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;
}
