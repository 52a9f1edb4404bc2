using AdaptiveLearning.Api.Features.Groups;
using CreateChallengeRequest = AdaptiveLearning.Api.Features.Groups.CreateChallenge.CreateChallengeRequest;
using CreateGroupRequest = AdaptiveLearning.Api.Features.Groups.CreateGroup.CreateGroupRequest;
using AdaptiveLearning.Api.Features.Groups.GetMemberProgress;
using JoinGroupRequest = AdaptiveLearning.Api.Features.Groups.JoinGroup.JoinGroupRequest;
using AdaptiveLearning.Api.Features.Groups.ListGroups;
using UpdateMembershipRequest = AdaptiveLearning.Api.Features.Groups.UpdateMembership.UpdateMembershipRequest;
using AdaptiveLearning.Api.Features.Users.ExportMe;
using AdaptiveLearning.Api.FunctionalTests.Learning;
using AdaptiveLearning.Api.FunctionalTests.Review;
using AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Api.FunctionalTests.Groups;

/// <summary>Issue #16 item 7: study groups by invite code, roles, privacy of members' progress.</summary>
public sealed class GroupTests : LearningTestBase
{
    [Test]
    public async Task AnOwnerInvitesByCodeAndMembersJoinLeaveAndAreRemoved()
    {
        var (owner, ownerId) = await SocialClients.LearnerAsync("owner", "Olive");
        var (ann, annId) = await SocialClients.LearnerAsync("ann", "Ann");
        var (ben, benId) = await SocialClients.LearnerAsync("ben", "Ben");

        var created = await owner.PostJsonAsync(CreateGroupRequest.Route, new { name = "  Night owls " });
        var group = await created.ReadAsAsync<GroupView>(HttpStatusCode.Created);
        var joined = await SocialClients.JoinAsync(ann, group.InviteCode!.ToLowerInvariant());
        var joinedAgain = await SocialClients.JoinAsync(ann, group.InviteCode!);
        await SocialClients.JoinAsync(ben, group.InviteCode!);
        var detail = await ann.GetAsAsync<GroupView>(GroupRequest.For(group.Id));
        var annGroups = await ann.GetAsAsync<List<GroupView>>(ListGroupsEndpoint.Route);

        var benRemovesAnn = await ben.DeleteAsync(Api.Route(GroupMemberRequest.For(group.Id, annId)));
        var ownerLeaves = await owner.DeleteAsync(Api.Route(GroupMemberRequest.For(group.Id, ownerId)));
        var annLeaves = await ann.DeleteAsync(Api.Route(GroupMemberRequest.For(group.Id, annId)));
        var ownerRemovesBen = await owner.DeleteAsync(Api.Route(GroupMemberRequest.For(group.Id, benId)));
        var left = await owner.GetAsAsync<GroupView>(GroupRequest.For(group.Id));
        var annAfter = await ann.GetAsync(Api.Route(GroupRequest.For(group.Id)));

        Assert.Multiple(() =>
        {
            Assert.That(created.Headers.Location!.ToString(), Does.EndWith(GroupRequest.For(group.Id)));
            Assert.That(group.Name, Is.EqualTo("Night owls"));
            Assert.That(group.MyRole, Is.EqualTo(GroupRole.Owner));
            Assert.That(group.InviteCode, Has.Length.EqualTo(12));
            Assert.That(joined.MyRole, Is.EqualTo(GroupRole.Member));
            Assert.That(joined.InviteCode, Is.Null, "only the owner sees the code");
            Assert.That(joinedAgain.MemberCount, Is.EqualTo(2), "joining twice changes nothing");
            Assert.That(detail.Members!.Select(m => (m.DisplayName, m.Role)),
                Is.EqualTo(new[] { ("Olive", GroupRole.Owner), ("Ann", GroupRole.Member), ("Ben", GroupRole.Member) }));
            Assert.That(detail.Members!.All(m => !m.SharesProgress), "sharing is off until the member turns it on");
            Assert.That(annGroups.Select(g => g.Id), Is.EqualTo(new[] { group.Id }));
            Assert.That(annLeaves.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(ownerRemovesBen.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(left.Members!.Select(m => m.UserId), Is.EqualTo(new[] { ownerId }));
        });
        await benRemovesAnn.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await ownerLeaves.AssertProblemAsync(HttpStatusCode.Conflict, "owner_cannot_leave");
        await annAfter.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
    }

    [Test]
    public async Task AWrongOrReplacedInviteCodeIsRefusedWithAStableCode()
    {
        var (owner, _) = await SocialClients.LearnerAsync("owner");
        var (member, _) = await SocialClients.LearnerAsync("member");
        var (late, _) = await SocialClients.LearnerAsync("late");
        var group = await SocialClients.CreateGroupAsync(owner);
        await SocialClients.JoinAsync(member, group.InviteCode!);

        var guessed = await late.PostJsonAsync(JoinGroupRequest.Route, new { inviteCode = "AAAAAAAAAAAA" });
        var memberReplaces = await member.PostJsonAsync(GroupRequest.InviteCodeFor(group.Id));
        var replaced = await owner.PostAsAsync<GroupView>(GroupRequest.InviteCodeFor(group.Id));
        var withOldCode = await late.PostJsonAsync(JoinGroupRequest.Route, new { inviteCode = group.InviteCode });
        var withNewCode = await SocialClients.JoinAsync(late, replaced.InviteCode!);

        await guessed.AssertProblemAsync(HttpStatusCode.NotFound, "invalid_invite_code");
        await memberReplaces.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await withOldCode.AssertProblemAsync(HttpStatusCode.NotFound, "invalid_invite_code");
        Assert.Multiple(() =>
        {
            Assert.That(replaced.InviteCode, Is.Not.EqualTo(group.InviteCode));
            Assert.That(withNewCode.MemberCount, Is.EqualTo(3), "members who joined with the old code stay");
        });
    }

    [Test]
    public async Task NobodyOutsideAGroupReachesAnyOfItsRoutes()
    {
        var (owner, ownerId) = await SocialClients.LearnerAsync("owner");
        var (outsider, outsiderId) = await SocialClients.LearnerAsync("outsider");
        var group = await SocialClients.CreateGroupAsync(owner);
        var challenge = await owner.PostAsAsync<ChallengeView>(CreateChallengeRequest.Route.Replace("{id}", group.Id.ToString()), new
        {
            name = "Sprint", metric = "answers", startsAt = Clock.UtcNow, endsAt = Clock.UtcNow.AddDays(1),
        }, HttpStatusCode.Created);

        var responses = new[]
        {
            await outsider.GetAsync(Api.Route(GroupRequest.For(group.Id))),
            await outsider.DeleteAsync(Api.Route(GroupRequest.For(group.Id))),
            await outsider.PostJsonAsync(GroupRequest.InviteCodeFor(group.Id)),
            await outsider.DeleteAsync(Api.Route(GroupMemberRequest.For(group.Id, ownerId))),
            await outsider.DeleteAsync(Api.Route(GroupMemberRequest.For(group.Id, outsiderId))),
            await outsider.PatchJsonAsync(UpdateMembershipRequest.For(group.Id), new { sharesProgress = true }),
            await outsider.GetAsync(Api.Route(GetMemberProgressRequest.For(group.Id, ownerId))),
            await outsider.GetAsync(Api.Route(GroupRequest.ChallengesFor(group.Id))),
            await outsider.PostJsonAsync(GroupRequest.ChallengesFor(group.Id), new
            {
                name = "Mine now", metric = "points", startsAt = Clock.UtcNow, endsAt = Clock.UtcNow.AddDays(1),
            }),
            await outsider.GetAsync(Api.Route(ChallengeRequest.For(group.Id, challenge.Id))),
            await owner.GetAsync(Api.Route(ChallengeRequest.For(Guid.NewGuid(), challenge.Id))),
        };

        foreach (var response in responses)
            await response.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        Assert.That((await owner.GetAsAsync<GroupView>(GroupRequest.For(group.Id))).MemberCount, Is.EqualTo(1), "nothing changed");
    }

    [Test]
    public async Task AnEducatingOwnerSeesOnlyTheProgressAMemberShares()
    {
        var (teacher, _) = await ReviewClients.WithRoleAsync("teacher", "author", LearningApi.Factory);
        var (plainOwner, _) = await SocialClients.LearnerAsync("plain-owner");
        var (pupil, pupilId) = await SocialClients.LearnerAsync("pupil");
        var group = await SocialClients.CreateGroupAsync(teacher);
        var plainGroup = await SocialClients.CreateGroupAsync(plainOwner);
        await SocialClients.JoinAsync(pupil, group.InviteCode!);
        await SocialClients.JoinAsync(pupil, plainGroup.InviteCode!);
        await SocialClients.AnswerAsync(pupil, await SocialClients.QuestionsAsync(2));

        var notShared = await teacher.GetAsync(Api.Route(GetMemberProgressRequest.For(group.Id, pupilId)));
        var sharing = await pupil.PatchAsAsync<GroupView>(UpdateMembershipRequest.For(group.Id), new { sharesProgress = true });
        var shared = await teacher.GetAsAsync<ProgressReport>(GetMemberProgressRequest.For(group.Id, pupilId));
        await pupil.PatchAsAsync<GroupView>(UpdateMembershipRequest.For(plainGroup.Id), new { sharesProgress = true });
        var notEducator = await plainOwner.GetAsync(Api.Route(GetMemberProgressRequest.For(plainGroup.Id, pupilId)));
        var missingFlag = await pupil.PatchJsonAsync(UpdateMembershipRequest.For(group.Id), new { });

        await notShared.AssertProblemAsync(HttpStatusCode.Forbidden, "progress_not_shared");
        await notEducator.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        var problem = await missingFlag.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Multiple(() =>
        {
            Assert.That(sharing.SharesProgress, Is.True);
            Assert.That(shared.Node.Answered, Is.EqualTo(2), "the pupil's own report");
            Assert.That(problem.FieldErrors(), Does.Contain("sharesProgress"));
        });
    }

    [Test]
    public async Task BadGroupInputIsRefusedWithFieldErrorsAndWritesNothing()
    {
        var (owner, _) = await SocialClients.LearnerAsync("owner");

        var blank = await (await owner.PostJsonAsync(CreateGroupRequest.Route, new { name = "   " })).AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        var tooLong = await (await owner.PostJsonAsync(CreateGroupRequest.Route, new { name = new string('x', 101) })).AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        var noCode = await (await owner.PostJsonAsync(JoinGroupRequest.Route, new { inviteCode = "" })).AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");

        Assert.Multiple(async () =>
        {
            Assert.That(blank.FieldErrors(), Does.Contain("name"));
            Assert.That(tooLong.FieldErrors(), Does.Contain("name"));
            Assert.That(noCode.FieldErrors(), Does.Contain("inviteCode"));
            Assert.That(await owner.GetAsAsync<List<GroupView>>(ListGroupsEndpoint.Route), Is.Empty);
        });
    }

    [Test]
    public async Task MembershipsAreExportedAndAnOwnersGroupGoesWithTheirAccount()
    {
        var (owner, _) = await SocialClients.LearnerAsync("owner");
        var (member, _) = await SocialClients.LearnerAsync("member");
        var group = await SocialClients.CreateGroupAsync(owner, "Exported");
        await SocialClients.JoinAsync(member, group.InviteCode!);
        await member.PatchAsAsync<GroupView>(UpdateMembershipRequest.For(group.Id), new { sharesProgress = true });

        var export = await member.GetStringAsync(Api.Route(ExportMeEndpoint.Route));
        (await owner.DeleteAsync(Api.Route(Features.Users.DeleteMe.DeleteMeEndpoint.Route))).EnsureSuccessStatusCode();
        var memberGroups = await member.GetAsAsync<List<GroupView>>(ListGroupsEndpoint.Route);

        Assert.Multiple(() =>
        {
            Assert.That(export, Does.Contain("\"groups\"").And.Contain("Exported").And.Contain(group.Id.ToString()));
            Assert.That(memberGroups, Is.Empty, "the deleted owner's group is gone");
        });
    }
}
