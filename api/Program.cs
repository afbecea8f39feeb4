using Medborgardialog.Api.Features.Accounts;
using Medborgardialog.Api.Features.Calendar;
using Medborgardialog.Api.Features.Compliance;
using Medborgardialog.Api.Features.DialogueResults;
using Medborgardialog.Api.Features.Dialogues;
using Medborgardialog.Api.Features.Email;
using Medborgardialog.Api.Features.Feedback;
using Medborgardialog.Api.Features.Follows;
using Medborgardialog.Api.Features.Feeds;
using Medborgardialog.Api.Features.Maps;
using Medborgardialog.Api.Features.Moderation;
using Medborgardialog.Api.Features.Officials;
using Medborgardialog.Api.Features.Opinions;
using Medborgardialog.Api.Features.ThemeSuggestions;
using Medborgardialog.Api.Features.Webhooks;
using Medborgardialog.Api.Features.Webhooks.Common;
using Medborgardialog.Api.Infrastructure.Auth;
using Medborgardialog.Api.Infrastructure.Behaviours;
using Medborgardialog.Api.Infrastructure.Bench;
using Medborgardialog.Api.Infrastructure.Cluster;
using Medborgardialog.Api.Infrastructure.Email;
using Medborgardialog.Api.Infrastructure.Errors;
using Medborgardialog.Api.Infrastructure.Hosting;
using Medborgardialog.Api.Infrastructure.Http;
using Medborgardialog.Api.Infrastructure.Idempotency;
using Medborgardialog.Api.Infrastructure.Jobs;
using Medborgardialog.Api.Infrastructure.Json;
using Medborgardialog.Api.Infrastructure.OpenApi;
using Medborgardialog.Api.Infrastructure.Persistence;
using FluentValidation;
using Medborgardialog.Api.Features.Moderation.Common;
using Medborgardialog.Api.Features.Opinions.Common;
using Medborgardialog.Api.Features.Feedback.Common;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.ConfigureHttpJsonOptions(o => JsonSetup.Apply(o.SerializerOptions));
builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
builder.Services.AddAppProblemDetails();
builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
builder.Services.AddMediator((Mediator.MediatorOptions options) =>
{
    options.ServiceLifetime = ServiceLifetime.Scoped;
    options.PipelineBehaviors = [typeof(LoggingBehaviour<,>), typeof(ValidationBehaviour<,>), typeof(IdempotencyBehaviour<,>), typeof(PublicCacheEvictionBehaviour<,>)];
});
builder.Services.AddValidatorsFromAssemblyContaining<Program>(ServiceLifetime.Singleton);
builder.Services.AddSingleton<OpinionFormCache>();
builder.Services.AddSingleton<NearDuplicates>();
builder.Services.AddSingleton<OpinionScreening>();
builder.Services.AddScoped<ModeratorActions>();
builder.Services.AddScoped<ComplianceFacts>();
builder.Services.Configure<Medborgardialog.Api.Domain.ComplianceOptions>(builder.Configuration.GetSection("Compliance"));
builder.Services.AddSingleton<Medborgardialog.Api.Features.Feedback.Common.FeedbackLinks>();
builder.Services.AddSingleton<Medborgardialog.Api.Features.Follows.Common.FollowerLinks>();
builder.Services.AddScoped<Medborgardialog.Api.Features.Follows.Common.FollowMessages>();
builder.Services.Configure<Medborgardialog.Api.Domain.ReachOptions>(builder.Configuration.GetSection("Reach"));
builder.Services.AddAppDatabase(builder.Configuration);
builder.Services.AddStaffIdentity(builder.Configuration);
builder.Services.AddStaffAuthentication();
builder.Services.AddAuthorizationPolicies();
builder.Services.AddStaffAntiforgery();
builder.Services.AddCluster();
builder.Services.AddRateLimits(builder.Configuration);
builder.Services.AddAppOpenApi();
builder.Services.AddAppJobs(builder.Configuration);
builder.Services.AddAppEmail(builder.Configuration);
builder.Services.AddWebhooks(builder.Configuration);
builder.Services.AddBenchBaselines(builder.Configuration);
builder.Services.AddPublicCache(builder.Configuration);
builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = 1024 * 1024);

var app = builder.Build();

app.UseForwardedHeaders(); // first: everything after sees the client's address and scheme (trusted proxies only)
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseSecurityHeaders();
app.UseAppOpenApi();
app.UseAuthentication();
app.UseCookieAntiforgery();
app.UseSharedRateLimits();
app.UseAuthorization();
app.UseOutputCache();
app.UseAppJobs();

app.MapAppHealthChecks();
app.MapAccountEndpoints();
app.MapDialogueEndpoints();
app.MapCalendarEndpoints();
app.MapFeedEndpoints();
app.MapOfficialEndpoints();
app.MapOpinionEndpoints();
app.MapMapEndpoints();
app.MapResultEndpoints();
app.MapThemeSuggestionEndpoints();
app.MapFeedbackEndpoints();
app.MapModerationEndpoints();
app.MapComplianceEndpoints();
app.MapWebhookEndpoints();
app.MapLocalMailEndpoints();
app.MapFollowEndpoints();
app.MapBenchBaselines(builder.Configuration);
app.MapSpa(builder.Configuration);

app.Run();

/// <summary>The entry point; public so the tests' WebApplicationFactory can start the app.</summary>
public partial class Program;
