using AdaptiveLearning.Client;
using AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Api.FunctionalTests.Sdk;

public sealed class AdminSdkFlowTests : SdkTestBase
{
    [Test]
    public async Task AnAdminGrantsARoleAndDeactivatesThroughTheSdkAndReadsTheAudit()
    {
        await NewLearnerAsync("kim");
        await Security.SecurityClients.VerifyEmailAsync("kim");
        var admin = NewAdmin();

        var kim = (await admin.Admin.ListUsersAsync(q: "kim")).Items.Single();
        var promoted = await admin.Admin.UpdateUserAsync(kim.Id, new UpdateUserRequest { Role = UpdateUserRequestRole.Reviewer });
        var deactivated = await admin.Admin.UpdateUserAsync(kim.Id, new UpdateUserRequest { Active = false });
        var login = await Assert.ThrowsAsync<AdaptiveLearningApiException>(() => NewClient().SignInAsync("kim", Password));
        var audit = await admin.Admin.ListAuditLogAsync(userId: kim.Id, kind: AuditKind.RoleChanged);
        var export = await admin.Admin.ExportAuditLogAsync(userId: kim.Id);

        Assert.Multiple(() =>
        {
            Assert.That(promoted.Role, Is.EqualTo(Role.Reviewer));
            Assert.That(deactivated.Active, Is.False);
            Assert.That(login!.Code, Is.EqualTo(ErrorCodes.AccountDeactivated));
            Assert.That(audit.Items.Single().Detail, Is.EqualTo("learner → reviewer"));
            Assert.That(export.Select(e => e.Kind), Does.Contain(AuditKind.ActivationChanged));
        });
    }

    [Test]
    public async Task TheLastAdminIsRefusedWithItsCode()
    {
        var admin = NewAdmin();
        var me = (await admin.Admin.ListUsersAsync(role: Role.Admin)).Items.Single();

        var error = await Assert.ThrowsAsync<AdaptiveLearningApiException>(() =>
            admin.Admin.UpdateUserAsync(me.Id, new UpdateUserRequest { Active = false }));

        Assert.That(error!.Code, Is.EqualTo(ErrorCodes.LastAdmin));
    }
}
