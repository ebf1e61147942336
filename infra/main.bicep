// GraphCallback on Azure: a Linux Functions app (custom handler) on an Elastic Premium plan,
// its Storage account (tables, queues, host state), and Application Insights.
// Deploy: az deployment group create -g <rg> -f infra/main.bicep -p clientId=<entra-app-id>

@description('Prefix for every resource name; lowercase letters and digits.')
@minLength(3)
@maxLength(11)
param name string = 'graphcb'

param location string = resourceGroup().location

@description('Application (client) id of the GraphCallback Entra app registration.')
param clientId string

@description('Tenant the app is registered in; "organizations" accepts every work tenant.')
param tenantId string = 'organizations'

@description('Elastic Premium size; EP1 keeps one instance warm, so webhooks answer fast.')
@allowed(['EP1', 'EP2', 'EP3'])
param sku string = 'EP1'

var suffix = uniqueString(resourceGroup().id)
var storageName = toLower('${name}${suffix}')

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${name}-logs-${suffix}'
  location: location
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: 30
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${name}-ai-${suffix}'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
  }
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: take(storageName, 24)
  location: location
  kind: 'StorageV2'
  sku: { name: 'Standard_ZRS' }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    allowBlobPublicAccess: false
    supportsHttpsTrafficOnly: true
  }
}

var storageConnection = 'DefaultEndpointsProtocol=https;AccountName=${storage.name};AccountKey=${storage.listKeys().keys[0].value};EndpointSuffix=${environment().suffixes.storage}'

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: '${name}-plan-${suffix}'
  location: location
  kind: 'elastic'
  sku: { name: sku, tier: 'ElasticPremium' }
  properties: {
    reserved: true
    maximumElasticWorkerCount: 20
  }
}

resource app 'Microsoft.Web/sites@2024-04-01' = {
  name: '${name}-${suffix}'
  location: location
  kind: 'functionapp,linux'
  identity: { type: 'SystemAssigned' }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: ''
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      minimumElasticInstanceCount: 1
      healthCheckPath: '/health'
      appSettings: [
        { name: 'FUNCTIONS_EXTENSION_VERSION', value: '~4' }
        // The app is a self-contained ASP.NET Core server that host.json names: a custom handler.
        { name: 'FUNCTIONS_WORKER_RUNTIME', value: 'custom' }
        { name: 'AzureWebJobsStorage', value: storageConnection }
        { name: 'WEBSITE_CONTENTAZUREFILECONNECTIONSTRING', value: storageConnection }
        { name: 'WEBSITE_CONTENTSHARE', value: toLower('${name}-${suffix}') }
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: insights.properties.ConnectionString }
        { name: 'Storage__ConnectionString', value: storageConnection }
        { name: 'AzureAd__Instance', value: environment().authentication.loginEndpoint }
        { name: 'AzureAd__TenantId', value: tenantId }
        { name: 'AzureAd__ClientId', value: clientId }
        { name: 'AzureAd__Audience', value: 'api://${clientId}' }
        { name: 'Graph__BaseUrl', value: '${environment().graph}v1.0' }
        { name: 'Webhook__PublicBaseUrl', value: 'https://${name}-${suffix}.azurewebsites.net' }
      ]
    }
  }
}

output appUrl string = 'https://${app.properties.defaultHostName}'
output appName string = app.name
