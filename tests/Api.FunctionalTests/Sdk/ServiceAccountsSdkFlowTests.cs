using AdaptiveLearning.Client;
using AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Api.FunctionalTests.Sdk;

public sealed class ServiceAccountsSdkFlowTests : SdkTestBase
{
    [Test]
    public async Task AnIntegrationCallsTheApiWithAnApiKeyUntilTheKeyIsRevoked()
    {
        var admin = NewAdmin();
        await admin.Hierarchy.CreateHierarchyNodeAsync(new CreateHierarchyNodeRequest { Code = "sdk", Name = "SDK" });
        var account = await admin.ServiceAccounts.CreateServiceAccountAsync(new CreateServiceAccountRequest
        {
            Name = "LMS sync",
            Scopes = [ApiScope.ContentRead, ApiScope.Imports],
        });
        var issued = await admin.ServiceAccounts.CreateApiKeyAsync(account.Id, new CreateApiKeyRequest
        {
            Name = "production",
            Scopes = [ApiScope.ContentRead],
            ExpiresAt = DateTimeOffset.UtcNow.AddDays(90),
        });
        var integration = NewClient(configure: o => o.ApiKey = issued.Key);

        var hierarchy = await integration.Hierarchy.GetHierarchyAsync();
        var questions = await integration.Questions.ListQuestionsAsync();
        var outOfScope = await Assert.ThrowsAsync<AdaptiveLearningApiException>(() => integration.Users.GetMeAsync());
        await admin.ServiceAccounts.RevokeApiKeyAsync(account.Id, issued.ApiKey.Id);
        var revoked = await Assert.ThrowsAsync<AdaptiveLearningApiException>(() => integration.Questions.ListQuestionsAsync());
        var keys = await admin.ServiceAccounts.ListApiKeysAsync(account.Id);

        Assert.Multiple(() =>
        {
            Assert.That(hierarchy.Topics.Select(t => t.Path), Does.Contain("sdk"));
            Assert.That(questions.Items, Is.Empty);
            Assert.That(outOfScope!.Code, Is.EqualTo(ErrorCodes.InsufficientScope));
            Assert.That(revoked!.Code, Is.EqualTo(ErrorCodes.ApiKeyRevoked));
            Assert.That(revoked.Status, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(keys.Items.Single().State, Is.EqualTo(ApiKeyState.Revoked));
        });
    }

    [Test]
    public async Task AnAdminRotatesAKeyAndDeactivatesItsAccountThroughTheSdk()
    {
        var admin = NewAdmin();
        var account = await admin.ServiceAccounts.CreateServiceAccountAsync(new CreateServiceAccountRequest { Name = "importer", Scopes = [ApiScope.Imports] });
        var first = await admin.ServiceAccounts.CreateApiKeyAsync(account.Id, new CreateApiKeyRequest { Name = "ci", ExpiresAt = DateTimeOffset.UtcNow.AddDays(7) });

        var rotated = await admin.ServiceAccounts.RotateApiKeyAsync(account.Id, first.ApiKey.Id, new RotateApiKeyRequest { GraceMinutes = 30 });
        var job = await NewClient(configure: o => o.ApiKey = rotated.Key).Imports.StartImportAsync(new StartImportRequest
        {
            Files = [new UploadedImportFile { Name = "x__y__z__w.json", Content = "[]" }],
            DryRun = true,
        });
        var deactivated = await admin.ServiceAccounts.UpdateServiceAccountAsync(account.Id, new UpdateServiceAccountRequest { Active = false });
        var refused = await Assert.ThrowsAsync<AdaptiveLearningApiException>(() =>
            NewClient(configure: o => o.ApiKey = first.Key).Imports.GetImportAsync(job.Id));
        var listed = await admin.ServiceAccounts.ListServiceAccountsAsync();

        Assert.Multiple(() =>
        {
            Assert.That(rotated.Replaced!.ReplacedBy, Is.EqualTo(rotated.ApiKey.Id));
            Assert.That(deactivated.Active, Is.False);
            Assert.That(refused!.Code, Is.EqualTo(ErrorCodes.ServiceAccountDeactivated));
            Assert.That(listed.Items.Single().Name, Is.EqualTo("importer"));
        });
    }
}
