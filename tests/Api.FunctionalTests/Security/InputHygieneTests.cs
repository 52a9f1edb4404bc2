using System.Text;
using AdaptiveLearning.Api.Features.Auth.Register;
using AdaptiveLearning.Api.Features.Hierarchy.CreateHierarchyNode;
using AdaptiveLearning.Api.Features.Users.UpdateMe;

namespace AdaptiveLearning.Api.FunctionalTests.Security;

/// <summary>Trivial passwords and control characters (issue #14) are refused with field errors.</summary>
public sealed class InputHygieneTests : TestBase
{
    [TestCase("aaaaaaaaaaaa")]
    [TestCase("abcdefghijkl")]
    [TestCase("123456789012")]
    [TestCase("abcabcabcabc")]
    [TestCase("zyxwvutsrqpo")]
    [TestCase("password123")]
    [TestCase("frida-kahlo-1907")]
    [TestCase("x-frida@example.test-x")]
    public async Task TrivialOrPersonalPasswordsAreRefused(string password)
    {
        var response = await Api.Anonymous().PostAsJsonAsync(Api.Route(RegisterRequest.Route),
            new { email = "frida@example.test", username = "frida-kahlo", password });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.That(problem.FieldErrors(), Does.Contain("password"));
    }

    [TestCase("correct horse battery staple")]
    [TestCase("Tr0ub4dor&3-extended")]
    public async Task PassphrasesAreAccepted(string password)
    {
        var response = await Api.Anonymous().PostAsJsonAsync(Api.Route(RegisterRequest.Route),
            new { email = "frida@example.test", username = "frida", password });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
    }

    [TestCase("\u0000")]
    [TestCase("\u0007")]
    [TestCase("\u001b[31m")]
    [TestCase("\u009b")]
    public async Task ControlCharactersInADisplayNameAreAFieldError(string control)
    {
        var learner = await Api.LearnerAsync();

        var response = await learner.PatchAsJsonAsync(Api.Route(UpdateMeRequest.Route), new { displayName = "Ada" + control });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.That(problem.FieldErrors(), Does.Contain("displayName"));
    }

    [Test]
    public async Task ControlCharactersInNodeNamesAndDescriptionsAreFieldErrors()
    {
        var admin = await Api.AdminAsync();

        var response = await admin.PostAsJsonAsync(Api.Route(CreateHierarchyNodeRequest.Route),
            new { code = "maths", name = "Ma\u0000ths", description = "Numbers\u0001" });

        var errors = (await response.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed")).FieldErrors();
        Assert.Multiple(() =>
        {
            Assert.That(errors, Does.Contain("name"));
            Assert.That(errors, Does.Contain("description"));
        });
    }

    [Test]
    public async Task ControlCharactersInQuestionTextAreFieldErrorsButLineBreaksAreFine()
    {
        var admin = await Api.AdminAsync();
        await Learning.ContentSeed.NodeAsync("maths__algebra__linear__solving");

        var withNul = await admin.PostAsync(Api.Route(Features.Questions.CreateQuestion.CreateQuestionRequest.Route), new StringContent(
            """{"path":"maths__algebra__linear__solving","type":"theory","text":"Why\u0000?","modelAnswer":"Because.\nReally."}""", Encoding.UTF8, "application/json"));

        var problem = await withNul.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.That(problem.FieldErrors(), Is.EquivalentTo(new[] { "text" }));
    }
}
