using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using System.Threading.Channels;
using AdaptiveLearning.Application.Events;
using AdaptiveLearning.Infrastructure.Caching;
using StackExchange.Redis;

namespace AdaptiveLearning.Infrastructure.Events;

/// <summary>
/// Each learner's events in a Redis stream (capped by length and expiring after the retention window), plus a pub/sub
/// nudge per learner so a waiting reader on any instance reads the stream at once instead of polling it. The stream
/// entry id is the SSE event id: a reconnect with <c>Last-Event-ID</c> reads the entries after it (XRANGE with an
/// exclusive start), so nothing published while the client was away is lost while it is retained.
/// </summary>
internal sealed partial class LearnerStreams(IConnectionMultiplexer redis, CacheOptions cache, EventOptions options) : ILearnerEventStream
{
    private const int ReadBatch = 100;

    [GeneratedRegex(@"^\d{1,20}-\d{1,20}$")]
    private static partial Regex StreamId();

    private RedisKey Key(Guid userId) => $"{cache.KeyPrefix}:events:{userId}";
    private RedisChannel NudgeChannel(Guid userId) => RedisChannel.Literal($"{cache.KeyPrefix}:events:{userId}");

    /// <summary>Appends published events to their learners' streams; the caller commits "published" only after this.</summary>
    public async Task AppendAsync(IReadOnlyList<(Guid UserId, string Type, string Envelope)> events)
    {
        var db = redis.GetDatabase();
        var tasks = new List<Task>();
        foreach (var (userId, type, envelope) in events)
            tasks.Add(db.StreamAddAsync(Key(userId), [new NameValueEntry("type", type), new NameValueEntry("data", envelope)],
                maxLength: options.StreamMaxLength, useApproximateMaxLength: true));
        await Task.WhenAll(tasks);
        var users = events.Select(e => e.UserId).Distinct().ToList();
        await Task.WhenAll(users.Select(u => db.KeyExpireAsync(Key(u), TimeSpan.FromHours(options.StreamRetentionHours))));
        var subscriber = redis.GetSubscriber();
        await Task.WhenAll(users.Select(u => subscriber.PublishAsync(NudgeChannel(u), "1")));
    }

    public async IAsyncEnumerable<StreamedEvent> ReadAsync(Guid userId, string? lastEventId, [EnumeratorCancellation] CancellationToken ct)
    {
        var nudges = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
        var subscriber = redis.GetSubscriber();
        // Subscribe before the first read, so an event published between the two is not missed.
        var queue = await subscriber.SubscribeAsync(NudgeChannel(userId));
        queue.OnMessage(_ => nudges.Writer.TryWrite(true));
        try
        {
            var db = redis.GetDatabase();
            var position = lastEventId is not null && StreamId().IsMatch(lastEventId) ? lastEventId : await LatestIdAsync(db, userId);
            var keepAlive = TimeSpan.FromSeconds(options.StreamKeepAliveSeconds);
            while (!ct.IsCancellationRequested)
            {
                var entries = await db.StreamRangeAsync(Key(userId), "(" + position, "+", ReadBatch);
                foreach (var entry in entries)
                {
                    position = entry.Id.ToString();
                    yield return new StreamedEvent(position, entry["type"].ToString(), entry["data"].ToString());
                }
                if (entries.Length == ReadBatch)
                    continue;
                if (!await WaitAsync(nudges.Reader, keepAlive, ct))
                    yield return StreamedEvent.KeepAlive;
            }
        }
        finally
        {
            await queue.UnsubscribeAsync();
        }
    }

    private async Task<string> LatestIdAsync(IDatabase db, Guid userId)
    {
        var last = await db.StreamRangeAsync(Key(userId), "-", "+", 1, Order.Descending);
        return last.Length == 0 ? "0-0" : last[0].Id.ToString();
    }

    /// <returns>True when nudged, false after <paramref name="timeout"/>; cancellation ends the wait quietly (the caller's loop stops).</returns>
    private static async Task<bool> WaitAsync(ChannelReader<bool> nudges, TimeSpan timeout, CancellationToken ct)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(ct);
        wait.CancelAfter(timeout);
        try
        {
            return await nudges.WaitToReadAsync(wait.Token) && nudges.TryRead(out _);
        }
        catch (OperationCanceledException)
        {
            return ct.IsCancellationRequested;
        }
    }
}
