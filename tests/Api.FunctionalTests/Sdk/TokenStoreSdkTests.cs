using AdaptiveLearning.Client;

namespace AdaptiveLearning.Api.FunctionalTests.Sdk;

/// <summary>A server app serving many users keeps each user's tokens in its own store, with one client.</summary>
public sealed class TokenStoreSdkTests : SdkTestBase
{
    [Test]
    public async Task OneClientActsForEachUserWithThatUsersTokens()
    {
        await NewLearnerAsync("uma");
        await NewLearnerAsync("ugo");
        var store = new PerUserTokenStore();
        var client = NewClient(configure: o => o.TokenStore = store);

        async Task<string> AsUserAsync(string user)
        {
            PerUserTokenStore.CurrentUser.Value = user;
            await client.SignInAsync(user, Password);
            return (await client.Users.GetMeAsync()).Username;
        }

        var names = await Task.WhenAll(Task.Run(() => AsUserAsync("uma")), Task.Run(() => AsUserAsync("ugo")));

        Assert.That(names, Is.EqualTo(new[] { "uma", "ugo" }));
        Assert.That(store.Users, Is.EquivalentTo(new[] { "uma", "ugo" }));
        Assert.That(client.Session.Tokens, Is.Null, "the in-memory session is not used");
    }

    [Test]
    public async Task SigningOutForgetsOnlyThatUsersTokens()
    {
        await NewLearnerAsync("val");
        var store = new PerUserTokenStore();
        var client = NewClient(configure: o => o.TokenStore = store);
        PerUserTokenStore.CurrentUser.Value = "val";
        await client.SignInAsync("val", Password);

        await client.SignOutAsync();

        Assert.That(await ((IAdaptiveLearningTokenStore)store).GetAsync(default), Is.Null);
        await Assert.ThrowsAsync<InvalidOperationException>(() => client.Users.GetMeAsync(), "no tokens and no credentials: sign in first");
    }

    /// <summary>Tokens per user, the user taken from ambient context as a web app would take it from the request.</summary>
    private sealed class PerUserTokenStore : IAdaptiveLearningTokenStore
    {
        public static readonly AsyncLocal<string?> CurrentUser = new();
        private readonly Dictionary<string, AdaptiveLearningTokens> _tokens = [];

        public IEnumerable<string> Users
        {
            get { lock (_tokens) return _tokens.Keys.ToList(); }
        }

        public ValueTask<AdaptiveLearningTokens?> GetAsync(CancellationToken cancellationToken)
        {
            lock (_tokens)
                return ValueTask.FromResult(_tokens.GetValueOrDefault(CurrentUser.Value ?? ""));
        }

        public ValueTask SaveAsync(AdaptiveLearningTokens? tokens, CancellationToken cancellationToken)
        {
            lock (_tokens)
            {
                if (tokens is null)
                    _tokens.Remove(CurrentUser.Value ?? "");
                else
                    _tokens[CurrentUser.Value ?? ""] = tokens;
            }
            return ValueTask.CompletedTask;
        }
    }
}
