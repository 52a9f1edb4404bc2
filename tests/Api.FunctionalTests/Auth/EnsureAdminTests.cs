using AdaptiveLearning.Application.Auth.EnsureAdmin;
using AdaptiveLearning.Application.Common;
using Microsoft.Extensions.DependencyInjection;

namespace AdaptiveLearning.Api.FunctionalTests.Auth;

/// <summary>Every API instance of a deployment creates the configured admin at startup, and they start together.</summary>
public sealed class EnsureAdminTests : TestBase
{
    [Test]
    public async Task InstancesStartingTogetherAllFindOneAdmin()
    {
        var email = $"admin-{Guid.NewGuid():N}@example.com";

        var ids = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            await using var scope = Fixture.Api.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<IHandler<EnsureAdminCommand, Guid>>()
                .HandleAsync(new EnsureAdminCommand(email, "a long enough admin password"), CancellationToken.None);
        }));

        Assert.That(ids.Distinct(), Has.Exactly(1).Items, "one account, and no instance failed to start");
    }
}
