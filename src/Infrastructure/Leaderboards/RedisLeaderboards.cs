using AdaptiveLearning.Application.Leaderboards;
using AdaptiveLearning.Domain.Leaderboards;
using AdaptiveLearning.Infrastructure.Caching;
using AdaptiveLearning.Application.Common;
using Dapper;
using Microsoft.Extensions.Logging;
using MySqlConnector;
using StackExchange.Redis;

namespace AdaptiveLearning.Infrastructure.Leaderboards;

/// <summary>
/// One sorted set per current window (<c>{prefix}:leaderboard:week:2026-W49</c>, <c>…:month:2026-12</c>, <c>…:all</c>)
/// holding visible learners' points and a sentinel member scored -1 (Redis deletes an empty sorted set, so the sentinel
/// is what tells "nobody scored yet" from "Redis lost it", and it goes with the set if it is lost). The answer path only adds the learner to
/// <c>…:stale</c>; a read first rebuilds any board whose marker is missing, then re-sums the stale learners from the
/// ledger. Both run under one Redis lock, so an older sum can never overwrite a newer one (ADR 0026).
/// </summary>
internal sealed class RedisLeaderboards(IConnectionMultiplexer redis, CacheOptions cache, MySqlDataSource db, IClock clock,
    ILogger<RedisLeaderboards> log) : ILeaderboards
{
    private const int StaleBatch = 1000;
    private static readonly TimeSpan LockTime = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan KeptAfterWindow = TimeSpan.FromDays(1);

    private string Prefix => $"{cache.KeyPrefix}:leaderboard";
    private RedisKey StaleKey => $"{Prefix}:stale";
    private RedisKey LockKey => $"{Prefix}:lock";
    private RedisKey Board(LeaderboardWindow window) => $"{Prefix}:{window.Id}";
    private const string Sentinel = "built";

    public void MarkChanged(Guid userId)
    {
        try
        {
            redis.GetDatabase().SetAdd(StaleKey, userId.ToString(), StackExchange.Redis.CommandFlags.FireAndForget);
        }
        catch (Exception e) when (e is RedisException or TimeoutException or ObjectDisposedException)
        {
            // Best effort by design: the learner's next change (or a rebuild) brings the boards back in line.
            log.LogWarning(e, "Could not mark learner {UserId} for the leaderboards", userId);
        }
    }

    public async Task<BoardSlice> TopAsync(LeaderboardWindow window, int limit, Guid caller, CancellationToken ct)
    {
        var redisDb = await ReadyAsync(ct);
        var top = await redisDb.SortedSetRangeByRankWithScoresAsync(Board(window), 0, limit - 1, Order.Descending);
        var ranked = new List<RankedScore>(top.Length);
        foreach (var entry in top.Where(e => e.Element != Sentinel))
        {
            var points = (long)entry.Score;
            var rank = ranked.Count > 0 && ranked[^1].Points == points ? ranked[^1].Rank : ranked.Count + 1;
            ranked.Add(new RankedScore(Guid.Parse(entry.Element.ToString()), points, rank));
        }
        if (ranked.FirstOrDefault(r => r.UserId == caller) is { } inTop)
            return new BoardSlice(ranked, inTop);
        if (await redisDb.SortedSetScoreAsync(Board(window), caller.ToString()) is not { } score)
            return new BoardSlice(ranked, null);
        var above = await redisDb.SortedSetLengthAsync(Board(window), score, double.PositiveInfinity, Exclude.Start);
        return new BoardSlice(ranked, new RankedScore(caller, (long)score, (int)above + 1));
    }

    public async Task<IReadOnlyDictionary<Guid, long>> PointsOfAsync(LeaderboardWindow window, IReadOnlyCollection<Guid> userIds,
        CancellationToken ct)
    {
        var ids = userIds.ToList();
        if (ids.Count == 0)
            return new Dictionary<Guid, long>();
        var redisDb = await ReadyAsync(ct);
        var scores = await redisDb.SortedSetScoresAsync(Board(window), ids.Select(id => (RedisValue)id.ToString()).ToArray());
        return ids.Select((id, i) => (id, scores[i])).Where(p => p.Item2 is not null).ToDictionary(p => p.id, p => (long)p.Item2!.Value);
    }

    public async Task<IReadOnlyDictionary<Guid, string>> DisplayNamesAsync(IReadOnlyCollection<Guid> userIds, CancellationToken ct)
    {
        if (userIds.Count == 0)
            return new Dictionary<Guid, string>();
        await using var connection = await db.OpenConnectionAsync(ct);
        var rows = await connection.QueryAsync<(Guid, string)>(new CommandDefinition(
            "SELECT id, COALESCE(NULLIF(display_name, ''), username) FROM users WHERE id IN @Ids",
            new { Ids = userIds.Select(id => id.ToString()).ToList() }, cancellationToken: ct));
        return rows.ToDictionary(r => r.Item1, r => r.Item2);
    }

    /// <summary>Rebuilds lost boards and applies pending changes; waits (briefly) only while another reader rebuilds.</summary>
    private async Task<IDatabase> ReadyAsync(CancellationToken ct)
    {
        var redisDb = redis.GetDatabase();
        var windows = LeaderboardWindow.AllContaining(clock.UtcNow);
        var token = Guid.NewGuid().ToString();
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (await redisDb.LockTakeAsync(LockKey, token, LockTime))
            {
                try
                {
                    foreach (var window in windows)
                        if (!await redisDb.KeyExistsAsync(Board(window)))
                            await RebuildAsync(redisDb, window, ct);
                    await ApplyStaleAsync(redisDb, windows, ct);
                }
                finally
                {
                    await redisDb.LockReleaseAsync(LockKey, token);
                }
                return redisDb;
            }
            // Someone else holds the lock: their boards are good enough to read unless one is being rebuilt.
            if (await redisDb.KeyExistsAsync(windows.Select(Board).ToArray()) == windows.Count)
                return redisDb;
            await Task.Delay(50, ct);
        }
        return redisDb;
    }

    private async Task RebuildAsync(IDatabase redisDb, LeaderboardWindow window, CancellationToken ct)
    {
        var parameters = new DynamicParameters();
        var sql = LeaderboardSql.Window(window, parameters);
        List<(Guid UserId, long Points)> rows;
        await using (var connection = await db.OpenConnectionAsync(ct))
            rows = (await connection.QueryAsync<(Guid, long)>(new CommandDefinition(sql, parameters, cancellationToken: ct))).ToList();

        var transaction = redisDb.CreateTransaction();
        _ = transaction.KeyDeleteAsync(Board(window));
        _ = transaction.SortedSetAddAsync(Board(window), Sentinel, -1);
        foreach (var chunk in rows.Chunk(StaleBatch))
            _ = transaction.SortedSetAddAsync(Board(window), chunk.Select(r => new SortedSetEntry(r.UserId.ToString(), r.Points)).ToArray());
        if (window.To is { } to)
            _ = transaction.KeyExpireAsync(Board(window), to.UtcDateTime + KeptAfterWindow);
        await transaction.ExecuteAsync();
        log.LogInformation("Rebuilt leaderboard {Window} from the ledger ({Learners} learners)", window.Id, rows.Count);
    }

    private async Task ApplyStaleAsync(IDatabase redisDb, IReadOnlyList<LeaderboardWindow> windows, CancellationToken ct)
    {
        var popped = await redisDb.SetPopAsync(StaleKey, StaleBatch);
        if (popped.Length == 0)
            return;
        var ids = popped.Select(v => Guid.Parse(v.ToString())).ToList();
        var parameters = new DynamicParameters();
        var sql = LeaderboardSql.Learners(windows, ids, parameters);
        Dictionary<Guid, long[]> sums;
        try
        {
            await using var connection = await db.OpenConnectionAsync(ct);
            var rows = await connection.QueryAsync(new CommandDefinition(sql, parameters, cancellationToken: ct));
            sums = rows.Cast<IDictionary<string, object>>().ToDictionary(
                r => Guid.Parse(r["UserId"].ToString()!), r => windows.Select((_, i) => Convert.ToInt64(r[$"w{i}"])).ToArray());
        }
        catch
        {
            // Popped but not applied: mark them stale again, or their places would stay old until they next earn points.
            await redisDb.SetAddAsync(StaleKey, popped);
            throw;
        }

        // A learner missing from the sums is hidden, erased or back to zero: off every board.
        var batch = redisDb.CreateBatch();
        var writes = new List<Task>();
        foreach (var id in ids)
            for (var i = 0; i < windows.Count; i++)
                writes.Add(sums.TryGetValue(id, out var points) && points[i] > 0
                    ? batch.SortedSetAddAsync(Board(windows[i]), id.ToString(), points[i])
                    : batch.SortedSetRemoveAsync(Board(windows[i]), id.ToString()));
        batch.Execute();
        await Task.WhenAll(writes);
    }
}
