global using System.Net;
global using System.Net.Http.Json;
global using System.Text.Json;
global using CaseTrak.IntegrationTests.Infrastructure;
global using Microsoft.Extensions.DependencyInjection;

[assembly: AssemblyFixture(typeof(TestApp))]
