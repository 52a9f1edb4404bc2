using System.Data;
using System.Data.Common;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Questions;
using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Domain.Content;
using AdaptiveLearning.Infrastructure.Events;
using Dapper;
using MySqlConnector;

namespace AdaptiveLearning.Infrastructure.Questions;

internal sealed class QuestionRepository(MySqlDataSource db, IClock clock) : IQuestionRepository
{
    public async Task<Question?> GetAsync(long id, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<QuestionRow>(new CommandDefinition(
            QuestionRow.SelectFrom + " WHERE q.id = @Id", new { Id = id }, cancellationToken: ct));
        if (row is null)
            return null;
        var lastEditor = await connection.ExecuteScalarAsync<Guid?>(new CommandDefinition(
            "SELECT created_by FROM question_versions WHERE question_id = @Id AND version = @Version",
            new { Id = id, row.Version }, cancellationToken: ct));
        return row.ToQuestion(lastEditor);
    }

    public async Task<long> AddAsync(Question question, Guid? authorId, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        long id;
        try
        {
            id = await connection.ExecuteScalarAsync<long>(new CommandDefinition("""
                INSERT INTO questions (external_id, facet_id, type, status, version, content, content_hash, search_text,
                                       difficulty, irt_a, irt_b, irt_c, irt_calibrated, created_by, created_at, updated_at)
                VALUES (@ExternalId, @FacetId, @Type, @Status, @Version, @Content, @ContentHash, @SearchText,
                        @Difficulty, @IrtA, @IrtB, @IrtC, @IrtCalibrated, @AuthorId, @Now, @Now);
                SELECT LAST_INSERT_ID();
                """, Parameters(question, 0, authorId), transaction, cancellationToken: ct));
        }
        catch (MySqlException e) when (e.ErrorCode == MySqlErrorCode.DuplicateKeyEntry)
        {
            throw new DuplicateKeyException("externalId", e);
        }
        await AppendVersionAsync(connection, transaction, question, id, authorId, ct);
        await ReplaceTagsAsync(connection, transaction, id, question.Content.Tags, ct);
        await transaction.CommitAsync(ct);
        return id;
    }

    public async Task<bool> SaveAsync(Question question, QuestionStamp loaded, bool newVersion, Guid? actorId, string? reason,
        CancellationToken ct, int? restoredFrom = null)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        var parameters = new DynamicParameters(Parameters(question, question.Id, actorId));
        parameters.Add("LoadedVersion", loaded.Version);
        parameters.Add("LoadedStatus", WireNames.Of(loaded.Status));
        parameters.Add("LoadedFacetId", loaded.FacetId);
        parameters.Add("EntersReview", question.Status == QuestionStatus.InReview && loaded.Status != QuestionStatus.InReview);
        var updated = await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE questions SET facet_id = @FacetId, type = @Type, status = @Status, version = @Version, content = @Content,
                                 content_hash = @ContentHash, search_text = @SearchText, difficulty = @Difficulty,
                                 irt_a = @IrtA, irt_b = @IrtB, irt_c = @IrtC, irt_calibrated = @IrtCalibrated, updated_at = @Now,
                                 submitted_at = CASE WHEN @EntersReview THEN @Now ELSE submitted_at END
            WHERE id = @Id AND version = @LoadedVersion AND status = @LoadedStatus AND facet_id = @LoadedFacetId
            """, parameters, transaction, cancellationToken: ct));
        // MySqlConnector counts matched rows, so zero means the row left the loaded state: another writer came first.
        if (updated == 0)
            return false;
        if (newVersion)
        {
            await AppendVersionAsync(connection, transaction, question, question.Id, actorId, ct, restoredFrom);
            await ReplaceTagsAsync(connection, transaction, question.Id, question.Content.Tags, ct);
        }
        if (question.Status != loaded.Status)
            await QuestionHistory.AppendAsync(connection, transaction,
                new StatusChangeRow(question.Id, clock.UtcNow, actorId, loaded.Status, question.Status, question.Version, reason), ct);
        if (question.Status == QuestionStatus.Published && loaded.Status != QuestionStatus.Published)
            await OutboxInsert.ExecuteAsync(connection, transaction, [QuestionPublishedEvent.Of(question, loaded.Status, actorId, clock.UtcNow)], ct);
        await transaction.CommitAsync(ct);
        return true;
    }

    private object Parameters(Question q, long id, Guid? authorId) => new
    {
        Id = id,
        q.ExternalId,
        q.FacetId,
        Type = WireNames.Of(q.Content.Type),
        Status = WireNames.Of(q.Status),
        q.Version,
        Content = q.Content.ToJson(),
        ContentHash = q.Content.Hash(),
        q.Content.SearchText,
        q.Content.Difficulty,
        IrtA = q.Irt.A,
        IrtB = q.Irt.B,
        IrtC = q.Irt.C,
        q.IrtCalibrated,
        AuthorId = authorId,
        Now = clock.UtcNow,
    };

    private async Task AppendVersionAsync(MySqlConnection connection, DbTransaction transaction, Question q, long id,
        Guid? authorId, CancellationToken ct, int? restoredFrom = null)
    {
        var parameters = new DynamicParameters(Parameters(q, id, authorId));
        parameters.Add("RestoredFrom", restoredFrom);
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO question_versions (question_id, version, facet_id, content, content_hash, created_by, created_at, status, restored_from)
            VALUES (@Id, @Version, @FacetId, @Content, @ContentHash, @AuthorId, @Now, @Status, @RestoredFrom)
            """, parameters, transaction, cancellationToken: ct));
    }

    private static async Task ReplaceTagsAsync(MySqlConnection connection, DbTransaction transaction, long id,
        IReadOnlyList<string> tags, CancellationToken ct)
    {
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM question_tags WHERE question_id = @Id", new { Id = id }, transaction, cancellationToken: ct));
        if (tags.Count > 0)
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT IGNORE INTO question_tags (question_id, tag) VALUES (@Id, @Tag)",
                tags.Select(tag => new { Id = id, Tag = tag }), transaction, cancellationToken: ct));
    }
}
