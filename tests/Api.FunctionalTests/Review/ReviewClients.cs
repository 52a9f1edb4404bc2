using AdaptiveLearning.Api.Features.Admin;
using AdaptiveLearning.Api.Features.Questions.ChangeQuestionStatus;
using AdaptiveLearning.Api.FunctionalTests.Content;
using AdaptiveLearning.Api.FunctionalTests.Security;
using Microsoft.AspNetCore.Mvc.Testing;

using Wire = AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Api.FunctionalTests.Review;

/// <summary>The people of the review workflow, made the way an admin makes them: PATCH /admin/users/{id}.</summary>
internal static class ReviewClients
{
    public const string Facet = "driving__rules__priority__junctions";
    public const string OtherFacet = "driving__signs__warning__shapes";

    /// <summary>Registers <paramref name="name"/>, has the admin grant <paramref name="role"/>, and signs them in afresh (a role change revokes tokens).</summary>
    public static async Task<(HttpClient Client, Guid Id)> WithRoleAsync(string name, string role, WebApplicationFactory<Program>? host = null)
    {
        await Api.LearnerAsync(name, host);
        var id = await SecurityClients.UserIdAsync(name);
        // Staff roles need a verified email (ADR 0013): the person would have clicked the mailed link first.
        await SecurityClients.VerifyEmailAsync(name);
        var admin = await Api.AdminAsync(host);
        (await admin.PatchJsonAsync(AdminUserRequest.For(id), new { role })).EnsureSuccessStatusCode();
        return (await Api.LoggedInAsync(name, Api.Password, host), id);
    }

    /// <summary>A draft by <paramref name="author"/>, submitted for review when <paramref name="submit"/>.</summary>
    public static async Task<long> QuestionAsync(HttpClient author, string text, bool submit = true, string facet = Facet)
    {
        var content = new ContentApi(author);
        await content.FacetAsync(facet);
        var id = await content.QuestionAsync(facet, text, publish: false);
        if (submit)
            await author.PostAsAsync<Wire.Question>(For(SubmitQuestionEndpoint.Route, id));
        return id;
    }

    public static string For(string route, long id) => route.Replace("{id}", id.ToString());
}
