using System.Collections.Concurrent;
using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Auth.Login;

/// <summary>
/// Counts failed logins so that a stranger's failures throttle the stranger, never the owner: per (account, client),
/// per client across accounts, and an account-wide progressive delay that only applies to clients that have failed
/// on that account. Counters live in this instance's memory (ADR 0003).
/// </summary>
public sealed class LoginThrottle(LoginThrottleOptions options, IClock clock)
{
    private const int SweepAbove = 100_000;
    private readonly ConcurrentDictionary<string, Counter> _counters = new();

    /// <param name="account">The account's id, or the normalised login when no account has it (so unknown logins behave alike).</param>
    /// <returns>How long <paramref name="client"/> must wait before trying <paramref name="account"/>, or null to go ahead.</returns>
    public TimeSpan? WaitBefore(string account, string client)
    {
        var now = clock.UtcNow;
        if (Read(ClientKey(client), now) is { } sprayed && sprayed.Failures >= options.FailuresPerClient)
            return sprayed.WindowEnd(options.Window) - now;
        if (Read(PairKey(account, client), now) is not { } pair)
            return null; // a client that has not been failing on this account is never held back
        if (pair.Failures >= options.FailuresPerAccountAndClient)
            return pair.WindowEnd(options.Window) - now;
        if (Read(AccountKey(account), now) is { } total && total.Failures >= options.AccountFailuresBeforeDelay)
        {
            var delay = TimeSpan.FromSeconds(Math.Min(Math.Pow(2, total.Failures - options.AccountFailuresBeforeDelay), options.MaxDelay.TotalSeconds));
            var until = total.LastFailure + delay;
            if (until > now)
                return until - now;
        }
        return null;
    }

    public void RecordFailure(string account, string client)
    {
        var now = clock.UtcNow;
        foreach (var key in new[] { ClientKey(client), PairKey(account, client), AccountKey(account) })
            _counters.AddOrUpdate(key, _ => Counter.First(now), (_, c) => c.Add(now, options.Window));
        if (_counters.Count > SweepAbove)
            Sweep(now);
    }

    /// <summary>A correct password clears this client's record on the account; the account-wide count keeps running.</summary>
    public void RecordSuccess(string account, string client) => _counters.TryRemove(PairKey(account, client), out _);

    private Counter? Read(string key, DateTimeOffset now) =>
        _counters.TryGetValue(key, out var c) && c.WindowEnd(options.Window) > now ? c : null;

    private void Sweep(DateTimeOffset now)
    {
        foreach (var (key, counter) in _counters)
            if (counter.WindowEnd(options.Window) <= now)
                _counters.TryRemove(key, out _);
    }

    private static string ClientKey(string client) => "c|" + client;
    private static string PairKey(string account, string client) => "p|" + account + "|" + client;
    private static string AccountKey(string account) => "a|" + account;

    private sealed record Counter(int Failures, DateTimeOffset WindowStart, DateTimeOffset LastFailure)
    {
        public static Counter First(DateTimeOffset now) => new(1, now, now);

        public DateTimeOffset WindowEnd(TimeSpan window) => WindowStart + window;

        public Counter Add(DateTimeOffset now, TimeSpan window) =>
            WindowEnd(window) <= now ? First(now) : this with { Failures = Failures + 1, LastFailure = now };
    }
}
