/* tslint:disable */
/* eslint-disable */
// WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
import type { TsoaRoute } from '@tsoa/runtime';
import { fetchMiddlewares } from '@tsoa/runtime';
import { ApiTemplateService } from '../validation/template-service.js';
import { readBody } from '../validation/read-body.js';
// WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
import { UtilsController } from './../controllers/utils-controller.js';
// WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
import { UsersController } from './../controllers/users-controller.js';
// WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
import { TwoFactorController } from './../controllers/two-factor-controller.js';
// WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
import { SessionsController } from './../controllers/sessions-controller.js';
// WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
import { PrivateController } from './../controllers/private-controller.js';
// WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
import { PreferencesController } from './../controllers/preferences-controller.js';
// WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
import { PasskeysController } from './../controllers/passkeys-controller.js';
// WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
import { OrganizationsController } from './../controllers/organizations-controller.js';
// WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
import { LoginController } from './../controllers/login-controller.js';
// WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
import { JobsController } from './../controllers/jobs-controller.js';
// WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
import { ItemsController } from './../controllers/items-controller.js';
// WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
import { InvitationsController } from './../controllers/invitations-controller.js';
// WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
import { IdentityProvidersController } from './../controllers/identity-providers-controller.js';
// WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
import { AuditEventsController } from './../controllers/audit-events-controller.js';
// WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
import { AccountSecurityController } from './../controllers/account-security-controller.js';
import { koaAuthentication } from './../authentication.js';
// @ts-ignore - no great way to install types from subpackage
import { iocContainer } from './../tsoa/ioc.js';
import type { IocContainer, IocContainerFactory } from '@tsoa/runtime';
import type { Context, Next, Middleware, Request as KRequest, Response as KResponse } from 'koa';
import type { Router as KoaRouter } from '@koa/router';
const koaAuthenticationRecasted = koaAuthentication as (req: KRequest, securityName: string, scopes?: string[], res?: KResponse) => Promise<any>;


// WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

const models: TsoaRoute.Models = {
    "ValidationErrorContext": {
        "dataType": "refObject",
        "properties": {
        },
        "additionalProperties": {"dataType":"any"},
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "ValidationError": {
        "dataType": "refObject",
        "properties": {
            "loc": {"dataType":"array","array":{"dataType":"union","subSchemas":[{"dataType":"string"},{"dataType":"double"}]},"required":true},
            "msg": {"dataType":"string","required":true},
            "type": {"dataType":"string","required":true},
            "input": {"dataType":"any"},
            "ctx": {"ref":"ValidationErrorContext"},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "HTTPValidationError": {
        "dataType": "refObject",
        "properties": {
            "detail": {"dataType":"array","array":{"dataType":"refObject","ref":"ValidationError"}},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "ErrorDetail": {
        "dataType": "refObject",
        "properties": {
            "detail": {"dataType":"string","required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "Message": {
        "dataType": "refObject",
        "properties": {
            "message": {"dataType":"string","required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "EmailStr": {
        "dataType": "refAlias",
        "type": {"dataType":"string","validators":{"maxLength":{"value":255}}},
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "UUID": {
        "dataType": "refAlias",
        "type": {"dataType":"string","validators":{}},
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "UserPublic": {
        "dataType": "refObject",
        "properties": {
            "email": {"dataType":"string","required":true},
            "is_active": {"dataType":"boolean","required":true},
            "is_superuser": {"dataType":"boolean","required":true},
            "full_name": {"dataType":"union","subSchemas":[{"dataType":"string"},{"dataType":"enum","enums":[null]}],"required":true},
            "id": {"ref":"UUID","required":true},
            "created_at": {"dataType":"union","subSchemas":[{"dataType":"datetime"},{"dataType":"enum","enums":[null]}],"required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "UsersPublic": {
        "dataType": "refObject",
        "properties": {
            "data": {"dataType":"array","array":{"dataType":"refObject","ref":"UserPublic"},"required":true},
            "count": {"dataType":"double","required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "UserSortBy": {
        "dataType": "refAlias",
        "type": {"dataType":"union","subSchemas":[{"dataType":"enum","enums":["created_at"]},{"dataType":"enum","enums":["email"]},{"dataType":"enum","enums":["full_name"]}],"validators":{}},
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "SortOrder": {
        "dataType": "refAlias",
        "type": {"dataType":"union","subSchemas":[{"dataType":"enum","enums":["desc"]},{"dataType":"enum","enums":["asc"]}],"validators":{}},
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "ServiceBusy": {
        "dataType": "refObject",
        "properties": {
            "detail": {"dataType":"enum","enums":["Service busy, try again"],"required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "RetryAfterHeader": {
        "dataType": "refObject",
        "properties": {
            "Retry-After": {"dataType":"string","required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "UserCreate": {
        "dataType": "refObject",
        "properties": {
            "email": {"ref":"EmailStr","required":true},
            "is_active": {"dataType":"boolean","default":true},
            "is_superuser": {"dataType":"boolean","default":false},
            "full_name": {"dataType":"union","subSchemas":[{"dataType":"string"},{"dataType":"enum","enums":[null]}],"validators":{"maxLength":{"value":255}}},
            "password": {"dataType":"string","required":true,"validators":{"minLength":{"value":8},"maxLength":{"value":128}}},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "UserUpdateMe": {
        "dataType": "refObject",
        "properties": {
            "full_name": {"dataType":"union","subSchemas":[{"dataType":"string"},{"dataType":"enum","enums":[null]}],"validators":{"maxLength":{"value":255}}},
            "email": {"ref":"EmailStr"},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "TooManyRequests": {
        "dataType": "refObject",
        "properties": {
            "detail": {"dataType":"string","required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "UpdatePassword": {
        "dataType": "refObject",
        "properties": {
            "current_password": {"dataType":"string","required":true,"validators":{"minLength":{"value":8},"maxLength":{"value":128}}},
            "new_password": {"dataType":"string","required":true,"validators":{"minLength":{"value":8},"maxLength":{"value":128}}},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "UserRegister": {
        "dataType": "refObject",
        "properties": {
            "email": {"ref":"EmailStr","required":true},
            "password": {"dataType":"string","required":true,"validators":{"minLength":{"value":8},"maxLength":{"value":128}}},
            "full_name": {"dataType":"union","subSchemas":[{"dataType":"string"},{"dataType":"enum","enums":[null]}],"validators":{"maxLength":{"value":255}}},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "UserUpdate": {
        "dataType": "refObject",
        "properties": {
            "email": {"ref":"EmailStr"},
            "is_active": {"dataType":"boolean"},
            "is_superuser": {"dataType":"boolean"},
            "full_name": {"dataType":"union","subSchemas":[{"dataType":"string"},{"dataType":"enum","enums":[null]}],"validators":{"maxLength":{"value":255}}},
            "password": {"dataType":"string","validators":{"minLength":{"value":8},"maxLength":{"value":128}}},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "TotpSetupPublic": {
        "dataType": "refObject",
        "properties": {
            "secret": {"dataType":"string","required":true},
            "otpauth_uri": {"dataType":"string","required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "PasswordConfirmation": {
        "dataType": "refObject",
        "properties": {
            "password": {"dataType":"string","required":true,"validators":{"minLength":{"value":8},"maxLength":{"value":128}}},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "RecoveryCodes": {
        "dataType": "refObject",
        "properties": {
            "recovery_codes": {"dataType":"array","array":{"dataType":"string"},"required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "TotpCode": {
        "dataType": "refObject",
        "properties": {
            "code": {"dataType":"string","required":true,"validators":{"maxLength":{"value":64}}},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "Token": {
        "dataType": "refObject",
        "properties": {
            "access_token": {"dataType":"string","required":true},
            "token_type": {"dataType":"string","required":true},
            "expires_in": {"dataType":"double","required":true},
            "refresh_token": {"dataType":"string","required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "PasskeyAssertion": {
        "dataType": "refObject",
        "properties": {
        },
        "additionalProperties": {"dataType":"any"},
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "MfaLogIn": {
        "dataType": "refObject",
        "properties": {
            "mfa_token": {"dataType":"string","required":true,"validators":{"maxLength":{"value":1024}}},
            "code": {"dataType":"union","subSchemas":[{"dataType":"string"},{"dataType":"enum","enums":[null]}],"validators":{"maxLength":{"value":64}}},
            "recovery_code": {"dataType":"union","subSchemas":[{"dataType":"string"},{"dataType":"enum","enums":[null]}],"validators":{"maxLength":{"value":64}}},
            "passkey": {"dataType":"union","subSchemas":[{"ref":"PasskeyAssertion"},{"dataType":"enum","enums":[null]}]},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "WebAuthnOptions": {
        "dataType": "refObject",
        "properties": {
        },
        "additionalProperties": {"dataType":"any"},
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "MfaTokenBody": {
        "dataType": "refObject",
        "properties": {
            "mfa_token": {"dataType":"string","required":true,"validators":{"maxLength":{"value":1024}}},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "Body_login_refresh_token": {
        "dataType": "refObject",
        "properties": {
            "grant_type": {"dataType":"union","subSchemas":[{"dataType":"string"},{"dataType":"enum","enums":[null]}],"validators":{"pattern":{"value":"^refresh_token$"}}},
            "refresh_token": {"dataType":"string","required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "SecondFactorRequiredBody": {
        "dataType": "refObject",
        "properties": {
            "detail": {"dataType":"string","required":true},
            "mfa_token": {"dataType":"string","required":true},
            "methods": {"dataType":"array","array":{"dataType":"string"},"required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "Body_login_login_access_token": {
        "dataType": "refObject",
        "properties": {
            "grant_type": {"dataType":"union","subSchemas":[{"dataType":"string"},{"dataType":"enum","enums":[null]}],"validators":{"pattern":{"value":"^password$"}}},
            "username": {"dataType":"string","required":true},
            "password": {"dataType":"string","required":true},
            "scope": {"dataType":"string","default":""},
            "client_id": {"dataType":"union","subSchemas":[{"dataType":"string"},{"dataType":"enum","enums":[null]}]},
            "client_secret": {"dataType":"union","subSchemas":[{"dataType":"string"},{"dataType":"enum","enums":[null]}]},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "SessionState": {
        "dataType": "refObject",
        "properties": {
            "user": {"dataType":"union","subSchemas":[{"ref":"UserPublic"},{"dataType":"enum","enums":[null]}],"required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "SessionPublic": {
        "dataType": "refObject",
        "properties": {
            "id": {"ref":"UUID","required":true},
            "created_at": {"dataType":"datetime","required":true},
            "last_used_at": {"dataType":"datetime","required":true},
            "expires_at": {"dataType":"datetime","required":true},
            "user_agent": {"dataType":"union","subSchemas":[{"dataType":"string"},{"dataType":"enum","enums":[null]}],"required":true},
            "ip_address": {"dataType":"union","subSchemas":[{"dataType":"string"},{"dataType":"enum","enums":[null]}],"required":true},
            "current": {"dataType":"boolean","required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "SessionsPublic": {
        "dataType": "refObject",
        "properties": {
            "data": {"dataType":"array","array":{"dataType":"refObject","ref":"SessionPublic"},"required":true},
            "count": {"dataType":"double","required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "PrivateUserCreate": {
        "dataType": "refObject",
        "properties": {
            "email": {"dataType":"string","required":true,"validators":{"maxLength":{"value":255}}},
            "password": {"dataType":"string","required":true,"validators":{"maxLength":{"value":1024}}},
            "full_name": {"dataType":"string","required":true,"validators":{"maxLength":{"value":255}}},
            "is_verified": {"dataType":"boolean","default":false},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "UserPreferences": {
        "dataType": "refObject",
        "properties": {
            "locale": {"dataType":"union","subSchemas":[{"dataType":"enum","enums":["en"]},{"dataType":"enum","enums":["de"]},{"dataType":"enum","enums":[null]}],"required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "PasskeyPublic": {
        "dataType": "refObject",
        "properties": {
            "id": {"ref":"UUID","required":true},
            "name": {"dataType":"string","required":true},
            "created_at": {"dataType":"datetime","required":true},
            "last_used_at": {"dataType":"union","subSchemas":[{"dataType":"datetime"},{"dataType":"enum","enums":[null]}],"required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "WebAuthnResponse": {
        "dataType": "refObject",
        "properties": {
        },
        "additionalProperties": {"dataType":"any"},
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "PasskeyCreate": {
        "dataType": "refObject",
        "properties": {
            "name": {"dataType":"string","required":true,"validators":{"minLength":{"value":1},"maxLength":{"value":100}}},
            "response": {"ref":"WebAuthnResponse","required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "PasskeysPublic": {
        "dataType": "refObject",
        "properties": {
            "data": {"dataType":"array","array":{"dataType":"refObject","ref":"PasskeyPublic"},"required":true},
            "count": {"dataType":"double","required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "PasskeyUpdate": {
        "dataType": "refObject",
        "properties": {
            "name": {"dataType":"string","required":true,"validators":{"minLength":{"value":1},"maxLength":{"value":100}}},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "PasskeyLoginOptions": {
        "dataType": "refObject",
        "properties": {
            "challenge_id": {"dataType":"string","required":true},
            "options": {"ref":"WebAuthnOptions","required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "PasskeyLogin": {
        "dataType": "refObject",
        "properties": {
            "challenge_id": {"dataType":"string","required":true},
            "response": {"ref":"WebAuthnResponse","required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "OrganizationRoleName": {
        "dataType": "refAlias",
        "type": {"dataType":"union","subSchemas":[{"dataType":"enum","enums":["owner"]},{"dataType":"enum","enums":["admin"]},{"dataType":"enum","enums":["member"]}],"validators":{}},
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "OrganizationPublic": {
        "dataType": "refObject",
        "properties": {
            "id": {"ref":"UUID","required":true},
            "name": {"dataType":"string","required":true},
            "slug": {"dataType":"string","required":true},
            "role": {"ref":"OrganizationRoleName","required":true},
            "created_at": {"dataType":"union","subSchemas":[{"dataType":"datetime"},{"dataType":"enum","enums":[null]}],"required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "OrganizationsPublic": {
        "dataType": "refObject",
        "properties": {
            "data": {"dataType":"array","array":{"dataType":"refObject","ref":"OrganizationPublic"},"required":true},
            "count": {"dataType":"double","required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "OrganizationCreate": {
        "dataType": "refObject",
        "properties": {
            "name": {"dataType":"string","required":true,"validators":{"minLength":{"value":1},"maxLength":{"value":255}}},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "OrganizationUpdate": {
        "dataType": "refAlias",
        "type": {"ref":"OrganizationCreate","validators":{}},
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "MemberPublic": {
        "dataType": "refObject",
        "properties": {
            "user_id": {"ref":"UUID","required":true},
            "organization_id": {"ref":"UUID","required":true},
            "email": {"dataType":"string","required":true},
            "full_name": {"dataType":"union","subSchemas":[{"dataType":"string"},{"dataType":"enum","enums":[null]}],"required":true},
            "role": {"ref":"OrganizationRoleName","required":true},
            "created_at": {"dataType":"union","subSchemas":[{"dataType":"datetime"},{"dataType":"enum","enums":[null]}],"required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "MembersPublic": {
        "dataType": "refObject",
        "properties": {
            "data": {"dataType":"array","array":{"dataType":"refObject","ref":"MemberPublic"},"required":true},
            "count": {"dataType":"double","required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "MemberUpdate": {
        "dataType": "refObject",
        "properties": {
            "role": {"ref":"OrganizationRoleName","required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "InvitationPublic": {
        "dataType": "refObject",
        "properties": {
            "id": {"ref":"UUID","required":true},
            "organization_id": {"ref":"UUID","required":true},
            "email": {"dataType":"string","required":true},
            "role": {"ref":"OrganizationRoleName","required":true},
            "invited_by": {"dataType":"union","subSchemas":[{"ref":"UUID"},{"dataType":"enum","enums":[null]}],"required":true},
            "created_at": {"dataType":"union","subSchemas":[{"dataType":"datetime"},{"dataType":"enum","enums":[null]}],"required":true},
            "expires_at": {"dataType":"datetime","required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "InvitationCreate": {
        "dataType": "refObject",
        "properties": {
            "email": {"ref":"EmailStr","required":true},
            "role": {"ref":"OrganizationRoleName","required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "InvitationsPublic": {
        "dataType": "refObject",
        "properties": {
            "data": {"dataType":"array","array":{"dataType":"refObject","ref":"InvitationPublic"},"required":true},
            "count": {"dataType":"double","required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "AuditOutcomeName": {
        "dataType": "refAlias",
        "type": {"dataType":"union","subSchemas":[{"dataType":"enum","enums":["success"]},{"dataType":"enum","enums":["failure"]}],"validators":{}},
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "AuditEventPublic": {
        "dataType": "refObject",
        "properties": {
            "id": {"ref":"UUID","required":true},
            "occurred_at": {"dataType":"datetime","required":true},
            "actor_id": {"dataType":"union","subSchemas":[{"dataType":"string"},{"dataType":"enum","enums":[null]}],"required":true},
            "actor_email": {"dataType":"union","subSchemas":[{"dataType":"string"},{"dataType":"enum","enums":[null]}],"required":true},
            "action": {"dataType":"string","required":true},
            "target_type": {"dataType":"union","subSchemas":[{"dataType":"string"},{"dataType":"enum","enums":[null]}],"required":true},
            "target_id": {"dataType":"union","subSchemas":[{"dataType":"string"},{"dataType":"enum","enums":[null]}],"required":true},
            "outcome": {"ref":"AuditOutcomeName","required":true},
            "ip_address": {"dataType":"union","subSchemas":[{"dataType":"string"},{"dataType":"enum","enums":[null]}],"required":true},
            "user_agent": {"dataType":"union","subSchemas":[{"dataType":"string"},{"dataType":"enum","enums":[null]}],"required":true},
            "details": {"dataType":"nestedObjectLiteral","nestedProperties":{},"additionalProperties":{"dataType":"any"},"required":true},
            "organization_id": {"dataType":"union","subSchemas":[{"dataType":"string"},{"dataType":"enum","enums":[null]}],"required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "AuditEventsPublic": {
        "dataType": "refObject",
        "properties": {
            "data": {"dataType":"array","array":{"dataType":"refObject","ref":"AuditEventPublic"},"required":true},
            "count": {"dataType":"double","required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "NewPassword": {
        "dataType": "refObject",
        "properties": {
            "token": {"dataType":"string","required":true},
            "new_password": {"dataType":"string","required":true,"validators":{"minLength":{"value":8},"maxLength":{"value":128}}},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "EmailRevert": {
        "dataType": "refObject",
        "properties": {
            "token": {"dataType":"string","required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "JobStateName": {
        "dataType": "refAlias",
        "type": {"dataType":"union","subSchemas":[{"dataType":"enum","enums":["queued"]},{"dataType":"enum","enums":["active"]},{"dataType":"enum","enums":["failed"]},{"dataType":"enum","enums":["completed"]}],"validators":{}},
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "JobPublic": {
        "dataType": "refObject",
        "properties": {
            "id": {"ref":"UUID","required":true},
            "queue": {"dataType":"string","required":true},
            "state": {"ref":"JobStateName","required":true},
            "attempts": {"dataType":"double","required":true},
            "created_at": {"dataType":"datetime","required":true},
            "updated_at": {"dataType":"datetime","required":true},
            "last_error": {"dataType":"union","subSchemas":[{"dataType":"string"},{"dataType":"enum","enums":[null]}],"required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "JobsPublic": {
        "dataType": "refObject",
        "properties": {
            "data": {"dataType":"array","array":{"dataType":"refObject","ref":"JobPublic"},"required":true},
            "count": {"dataType":"double","required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "QueueCountsPublic": {
        "dataType": "refObject",
        "properties": {
            "queue": {"dataType":"string","required":true},
            "queued": {"dataType":"double","required":true},
            "active": {"dataType":"double","required":true},
            "failed": {"dataType":"double","required":true},
            "completed": {"dataType":"double","required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "ItemPublic": {
        "dataType": "refObject",
        "properties": {
            "title": {"dataType":"string","required":true},
            "description": {"dataType":"union","subSchemas":[{"dataType":"string"},{"dataType":"enum","enums":[null]}],"required":true},
            "id": {"ref":"UUID","required":true},
            "owner_id": {"ref":"UUID","required":true},
            "created_at": {"dataType":"union","subSchemas":[{"dataType":"datetime"},{"dataType":"enum","enums":[null]}],"required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "ItemsPublic": {
        "dataType": "refObject",
        "properties": {
            "data": {"dataType":"array","array":{"dataType":"refObject","ref":"ItemPublic"},"required":true},
            "count": {"dataType":"double","required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "ItemSortBy": {
        "dataType": "refAlias",
        "type": {"dataType":"union","subSchemas":[{"dataType":"enum","enums":["created_at"]},{"dataType":"enum","enums":["title"]}],"validators":{}},
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "ItemCreate": {
        "dataType": "refObject",
        "properties": {
            "title": {"dataType":"string","required":true,"validators":{"minLength":{"value":1},"maxLength":{"value":255}}},
            "description": {"dataType":"union","subSchemas":[{"dataType":"string"},{"dataType":"enum","enums":[null]}],"validators":{"maxLength":{"value":255}}},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "ItemUpdate": {
        "dataType": "refObject",
        "properties": {
            "title": {"dataType":"string","validators":{"minLength":{"value":1},"maxLength":{"value":255}}},
            "description": {"dataType":"union","subSchemas":[{"dataType":"string"},{"dataType":"enum","enums":[null]}],"validators":{"maxLength":{"value":255}}},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "InvitationPreviewPublic": {
        "dataType": "refObject",
        "properties": {
            "organization_name": {"dataType":"string","required":true},
            "inviter_email": {"dataType":"union","subSchemas":[{"dataType":"string"},{"dataType":"enum","enums":[null]}],"required":true},
            "role": {"ref":"OrganizationRoleName","required":true},
            "email_masked": {"dataType":"string","required":true},
            "expires_at": {"dataType":"datetime","required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "InvitationToken": {
        "dataType": "refObject",
        "properties": {
            "token": {"dataType":"string","required":true,"validators":{"maxLength":{"value":512}}},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "IdentityProviderPublic": {
        "dataType": "refObject",
        "properties": {
            "name": {"dataType":"string","required":true},
            "label": {"dataType":"string","required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "IdentityPublic": {
        "dataType": "refObject",
        "properties": {
            "id": {"ref":"UUID","required":true},
            "provider": {"dataType":"string","required":true},
            "email": {"dataType":"union","subSchemas":[{"dataType":"string"},{"dataType":"enum","enums":[null]}],"required":true},
            "created_at": {"dataType":"datetime","required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "IdentitiesPublic": {
        "dataType": "refObject",
        "properties": {
            "data": {"dataType":"array","array":{"dataType":"refObject","ref":"IdentityPublic"},"required":true},
            "count": {"dataType":"double","required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "AuditActionName": {
        "dataType": "refAlias",
        "type": {"dataType":"union","subSchemas":[{"dataType":"enum","enums":["auth.login"]},{"dataType":"enum","enums":["auth.logout"]},{"dataType":"enum","enums":["auth.session_revoked"]},{"dataType":"enum","enums":["auth.refresh_reused"]},{"dataType":"enum","enums":["auth.password_changed"]},{"dataType":"enum","enums":["auth.password_reset_requested"]},{"dataType":"enum","enums":["auth.password_reset"]},{"dataType":"enum","enums":["auth.rate_limited"]},{"dataType":"enum","enums":["auth.email_verified"]},{"dataType":"enum","enums":["auth.passkey_added"]},{"dataType":"enum","enums":["auth.passkey_removed"]},{"dataType":"enum","enums":["user.signed_up"]},{"dataType":"enum","enums":["user.created"]},{"dataType":"enum","enums":["user.updated"]},{"dataType":"enum","enums":["user.deleted"]},{"dataType":"enum","enums":["auth.totp_enabled"]},{"dataType":"enum","enums":["auth.totp_disabled"]},{"dataType":"enum","enums":["auth.recovery_codes_regenerated"]},{"dataType":"enum","enums":["auth.recovery_code_used"]},{"dataType":"enum","enums":["auth.mfa_failed"]},{"dataType":"enum","enums":["org.created"]},{"dataType":"enum","enums":["org.updated"]},{"dataType":"enum","enums":["org.deleted"]},{"dataType":"enum","enums":["org.member_role_changed"]},{"dataType":"enum","enums":["org.member_removed"]},{"dataType":"enum","enums":["org.member_left"]},{"dataType":"enum","enums":["org.invitation_sent"]},{"dataType":"enum","enums":["org.invitation_revoked"]},{"dataType":"enum","enums":["org.invitation_accepted"]},{"dataType":"enum","enums":["auth.identity_linked"]},{"dataType":"enum","enums":["auth.identity_unlinked"]},{"dataType":"enum","enums":["item.deleted_by_admin"]}],"validators":{}},
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "EmailVerificationToken": {
        "dataType": "refObject",
        "properties": {
            "token": {"dataType":"string","required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "UserSecurity": {
        "dataType": "refObject",
        "properties": {
            "email_verified": {"dataType":"boolean","required":true},
            "totp_enabled": {"dataType":"boolean","required":true},
            "recovery_codes_left": {"dataType":"double","required":true},
            "passkeys": {"dataType":"double","required":true},
            "has_password": {"dataType":"boolean","required":true},
            "identities": {"dataType":"array","array":{"dataType":"string"},"required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
};
const templateService = new ApiTemplateService(models, {"noImplicitAdditionalProperties":"silently-remove-extras","bodyCoercion":true});

// WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa


export function RegisterRoutes(router: KoaRouter) {

    // ###########################################################################################################
    //  NOTE: If you do not see routes for all of your controllers in this file, then you might not have informed tsoa of where to look
    //      Please look into the "controllerPathGlobs" config option described in the readme: https://github.com/lukeautry/tsoa
    // ###########################################################################################################


        const argsUtilsController_testEmail: Record<string, TsoaRoute.ParameterSchema> = {
                request: {"in":"request","name":"request","required":true,"dataType":"object"},
                email_to: {"in":"query","name":"email_to","required":true,"ref":"EmailStr"},
        };
        router.post('/api/v1/utils/test-email',
            authenticateMiddleware([{"OAuth2PasswordBearer":["superuser"]}]),
            ...(fetchMiddlewares<Middleware>(UtilsController)),
            ...(fetchMiddlewares<Middleware>(UtilsController.prototype.testEmail)),

            async function UtilsController_testEmail(context: Context, next: Next) {

            const validatedArgs: any[] = templateService.getValidatedArgs({ args: argsUtilsController_testEmail, context, next });

            const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(context.request) : iocContainer;

            const controller: any = container.get<UtilsController>(UtilsController);

            return templateService.apiHandler({
              methodName: 'testEmail',
              controller,
              context,
              validatedArgs,
              successStatus: 201,
            });
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsUtilsController_healthCheck: Record<string, TsoaRoute.ParameterSchema> = {
        };
        router.get('/api/v1/utils/health-check',
            ...(fetchMiddlewares<Middleware>(UtilsController)),
            ...(fetchMiddlewares<Middleware>(UtilsController.prototype.healthCheck)),

            async function UtilsController_healthCheck(context: Context, next: Next) {

            const validatedArgs: any[] = templateService.getValidatedArgs({ args: argsUtilsController_healthCheck, context, next });

            const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(context.request) : iocContainer;

            const controller: any = container.get<UtilsController>(UtilsController);

            return templateService.apiHandler({
              methodName: 'healthCheck',
              controller,
              context,
              validatedArgs,
              successStatus: undefined,
            });
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsUtilsController_readinessCheck: Record<string, TsoaRoute.ParameterSchema> = {
        };
        router.get('/api/v1/utils/ready',
            ...(fetchMiddlewares<Middleware>(UtilsController)),
            ...(fetchMiddlewares<Middleware>(UtilsController.prototype.readinessCheck)),

            async function UtilsController_readinessCheck(context: Context, next: Next) {

            const validatedArgs: any[] = templateService.getValidatedArgs({ args: argsUtilsController_readinessCheck, context, next });

            const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(context.request) : iocContainer;

            const controller: any = container.get<UtilsController>(UtilsController);

            return templateService.apiHandler({
              methodName: 'readinessCheck',
              controller,
              context,
              validatedArgs,
              successStatus: undefined,
            });
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsUsersController_readUsers: Record<string, TsoaRoute.ParameterSchema> = {
                request: {"in":"request","name":"request","required":true,"dataType":"object"},
                skip: {"default":0,"in":"query","name":"skip","dataType":"integer","validators":{"isInt":{"errorMsg":"invalid integer number"},"minimum":{"value":0},"maximum":{"value":9007199254740991}}},
                limit: {"default":100,"in":"query","name":"limit","dataType":"integer","validators":{"isInt":{"errorMsg":"invalid integer number"},"minimum":{"value":1},"maximum":{"value":1000}}},
                q: {"in":"query","name":"q","dataType":"string","validators":{"minLength":{"value":1},"maxLength":{"value":200}}},
                sort: {"default":"created_at","in":"query","name":"sort","ref":"UserSortBy"},
                order: {"default":"desc","in":"query","name":"order","ref":"SortOrder"},
                is_active: {"in":"query","name":"is_active","dataType":"boolean"},
                is_superuser: {"in":"query","name":"is_superuser","dataType":"boolean"},
        };
        router.get('/api/v1/users',
            authenticateMiddleware([{"OAuth2PasswordBearer":["superuser"]}]),
            ...(fetchMiddlewares<Middleware>(UsersController)),
            ...(fetchMiddlewares<Middleware>(UsersController.prototype.readUsers)),

            async function UsersController_readUsers(context: Context, next: Next) {

            const validatedArgs: any[] = templateService.getValidatedArgs({ args: argsUsersController_readUsers, context, next });

            const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(context.request) : iocContainer;

            const controller: any = container.get<UsersController>(UsersController);

            return templateService.apiHandler({
              methodName: 'readUsers',
              controller,
              context,
              validatedArgs,
              successStatus: undefined,
            });
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsUsersController_createUser: Record<string, TsoaRoute.ParameterSchema> = {
                request: {"in":"request","name":"request","required":true,"dataType":"object"},
                body: {"in":"body","name":"body","required":true,"ref":"UserCreate"},
        };
        router.post('/api/v1/users',
            readBody('json'),
            authenticateMiddleware([{"OAuth2PasswordBearer":["superuser"]}]),
            ...(fetchMiddlewares<Middleware>(UsersController)),
            ...(fetchMiddlewares<Middleware>(UsersController.prototype.createUser)),

            async function UsersController_createUser(context: Context, next: Next) {

            const validatedArgs: any[] = templateService.getValidatedArgs({ args: argsUsersController_createUser, context, next });

            const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(context.request) : iocContainer;

            const controller: any = container.get<UsersController>(UsersController);

            return templateService.apiHandler({
              methodName: 'createUser',
              controller,
              context,
              validatedArgs,
              successStatus: undefined,
            });
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsUsersController_readUserMe: Record<string, TsoaRoute.ParameterSchema> = {
                request: {"in":"request","name":"request","required":true,"dataType":"object"},
        };
        router.get('/api/v1/users/me',
            authenticateMiddleware([{"OAuth2PasswordBearer":[]}]),
            ...(fetchMiddlewares<Middleware>(UsersController)),
            ...(fetchMiddlewares<Middleware>(UsersController.prototype.readUserMe)),

            async function UsersController_readUserMe(context: Context, next: Next) {

            const validatedArgs: any[] = templateService.getValidatedArgs({ args: argsUsersController_readUserMe, context, next });

            const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(context.request) : iocContainer;

            const controller: any = container.get<UsersController>(UsersController);

            return templateService.apiHandler({
              methodName: 'readUserMe',
              controller,
              context,
              validatedArgs,
              successStatus: undefined,
            });
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsUsersController_deleteUserMe: Record<string, TsoaRoute.ParameterSchema> = {
                request: {"in":"request","name":"request","required":true,"dataType":"object"},
        };
        router.delete('/api/v1/users/me',
            authenticateMiddleware([{"OAuth2PasswordBearer":[]}]),
            ...(fetchMiddlewares<Middleware>(UsersController)),
            ...(fetchMiddlewares<Middleware>(UsersController.prototype.deleteUserMe)),

            async function UsersController_deleteUserMe(context: Context, next: Next) {

            const validatedArgs: any[] = templateService.getValidatedArgs({ args: argsUsersController_deleteUserMe, context, next });

            const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(context.request) : iocContainer;

            const controller: any = container.get<UsersController>(UsersController);

            return templateService.apiHandler({
              methodName: 'deleteUserMe',
              controller,
              context,
              validatedArgs,
              successStatus: undefined,
            });
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsUsersController_updateUserMe: Record<string, TsoaRoute.ParameterSchema> = {
                request: {"in":"request","name":"request","required":true,"dataType":"object"},
                body: {"in":"body","name":"body","required":true,"ref":"UserUpdateMe"},
        };
        router.patch('/api/v1/users/me',
            readBody('json'),
            authenticateMiddleware([{"OAuth2PasswordBearer":[]}]),
            ...(fetchMiddlewares<Middleware>(UsersController)),
            ...(fetchMiddlewares<Middleware>(UsersController.prototype.updateUserMe)),

            async function UsersController_updateUserMe(context: Context, next: Next) {

            const validatedArgs: any[] = templateService.getValidatedArgs({ args: argsUsersController_updateUserMe, context, next });

            const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(context.request) : iocContainer;

            const controller: any = container.get<UsersController>(UsersController);

            return templateService.apiHandler({
              methodName: 'updateUserMe',
              controller,
              context,
              validatedArgs,
              successStatus: undefined,
            });
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsUsersController_updatePasswordMe: Record<string, TsoaRoute.ParameterSchema> = {
                request: {"in":"request","name":"request","required":true,"dataType":"object"},
                body: {"in":"body","name":"body","required":true,"ref":"UpdatePassword"},
        };
        router.patch('/api/v1/users/me/password',
            readBody('json'),
            authenticateMiddleware([{"OAuth2PasswordBearer":[]}]),
            ...(fetchMiddlewares<Middleware>(UsersController)),
            ...(fetchMiddlewares<Middleware>(UsersController.prototype.updatePasswordMe)),

            async function UsersController_updatePasswordMe(context: Context, next: Next) {

            const validatedArgs: any[] = templateService.getValidatedArgs({ args: argsUsersController_updatePasswordMe, context, next });

            const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(context.request) : iocContainer;

            const controller: any = container.get<UsersController>(UsersController);

            return templateService.apiHandler({
              methodName: 'updatePasswordMe',
              controller,
              context,
              validatedArgs,
              successStatus: undefined,
            });
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsUsersController_registerUser: Record<string, TsoaRoute.ParameterSchema> = {
                request: {"in":"request","name":"request","required":true,"dataType":"object"},
                body: {"in":"body","name":"body","required":true,"ref":"UserRegister"},
        };
        router.post('/api/v1/users/signup',
            readBody('json'),
            ...(fetchMiddlewares<Middleware>(UsersController)),
            ...(fetchMiddlewares<Middleware>(UsersController.prototype.registerUser)),

            async function UsersController_registerUser(context: Context, next: Next) {

            const validatedArgs: any[] = templateService.getValidatedArgs({ args: argsUsersController_registerUser, context, next });

            const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(context.request) : iocContainer;

            const controller: any = container.get<UsersController>(UsersController);

            return templateService.apiHandler({
              methodName: 'registerUser',
              controller,
              context,
              validatedArgs,
              successStatus: undefined,
            });
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsUsersController_readUserById: Record<string, TsoaRoute.ParameterSchema> = {
                request: {"in":"request","name":"request","required":true,"dataType":"object"},
                user_id: {"in":"path","name":"user_id","required":true,"ref":"UUID"},
        };
        router.get('/api/v1/users/:user_id',
            authenticateMiddleware([{"OAuth2PasswordBearer":[]}]),
            ...(fetchMiddlewares<Middleware>(UsersController)),
            ...(fetchMiddlewares<Middleware>(UsersController.prototype.readUserById)),

            async function UsersController_readUserById(context: Context, next: Next) {

            const validatedArgs: any[] = templateService.getValidatedArgs({ args: argsUsersController_readUserById, context, next });

            const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(context.request) : iocContainer;

            const controller: any = container.get<UsersController>(UsersController);

            return templateService.apiHandler({
              methodName: 'readUserById',
              controller,
              context,
              validatedArgs,
              successStatus: undefined,
            });
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsUsersController_updateUser: Record<string, TsoaRoute.ParameterSchema> = {
                request: {"in":"request","name":"request","required":true,"dataType":"object"},
                user_id: {"in":"path","name":"user_id","required":true,"ref":"UUID"},
                body: {"in":"body","name":"body","required":true,"ref":"UserUpdate"},
        };
        router.patch('/api/v1/users/:user_id',
            readBody('json'),
            authenticateMiddleware([{"OAuth2PasswordBearer":["superuser"]}]),
            ...(fetchMiddlewares<Middleware>(UsersController)),
            ...(fetchMiddlewares<Middleware>(UsersController.prototype.updateUser)),

            async function UsersController_updateUser(context: Context, next: Next) {

            const validatedArgs: any[] = templateService.getValidatedArgs({ args: argsUsersController_updateUser, context, next });

            const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(context.request) : iocContainer;

            const controller: any = container.get<UsersController>(UsersController);

            return templateService.apiHandler({
              methodName: 'updateUser',
              controller,
              context,
              validatedArgs,
              successStatus: undefined,
            });
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsUsersController_deleteUser: Record<string, TsoaRoute.ParameterSchema> = {
                request: {"in":"request","name":"request","required":true,"dataType":"object"},
                user_id: {"in":"path","name":"user_id","required":true,"ref":"UUID"},
        };
        router.delete('/api/v1/users/:user_id',
            authenticateMiddleware([{"OAuth2PasswordBearer":["superuser"]}]),
            ...(fetchMiddlewares<Middleware>(UsersController)),
            ...(fetchMiddlewares<Middleware>(UsersController.prototype.deleteUser)),

            async function UsersController_deleteUser(context: Context, next: Next) {

            const validatedArgs: any[] = templateService.getValidatedArgs({ args: argsUsersController_deleteUser, context, next });

            const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(context.request) : iocContainer;

            const controller: any = container.get<UsersController>(UsersController);

            return templateService.apiHandler({
              methodName: 'deleteUser',
              controller,
              context,
              validatedArgs,
              successStatus: undefined,
            });
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsTwoFactorController_startTotpSetup: Record<string, TsoaRoute.ParameterSchema> = {
                request: {"in":"request","name":"request","required":true,"dataType":"object"},
                body: {"in":"body","name":"body","required":true,"ref":"PasswordConfirmation"},
        };
        router.post('/api/v1/users/me/totp',
            readBody('json'),
            authenticateMiddleware([{"OAuth2PasswordBearer":[]}]),
            ...(fetchMiddlewares<Middleware>(TwoFactorController)),
            ...(fetchMiddlewares<Middleware>(TwoFactorController.prototype.startTotpSetup)),

            async function TwoFactorController_startTotpSetup(context: Context, next: Next) {

            const validatedArgs: any[] = templateService.getValidatedArgs({ args: argsTwoFactorController_startTotpSetup, context, next });

            const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(context.request) : iocContainer;

            const controller: any = container.get<TwoFactorController>(TwoFactorController);

            return templateService.apiHandler({
              methodName: 'startTotpSetup',
              controller,
              context,
              validatedArgs,
              successStatus: undefined,
            });
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsTwoFactorController_confirmTotp: Record<string, TsoaRoute.ParameterSchema> = {
                request: {"in":"request","name":"request","required":true,"dataType":"object"},
                body: {"in":"body","name":"body","required":true,"ref":"TotpCode"},
        };
        router.post('/api/v1/users/me/totp/confirm',
            readBody('json'),
            authenticateMiddleware([{"OAuth2PasswordBearer":[]}]),
            ...(fetchMiddlewares<Middleware>(TwoFactorController)),
            ...(fetchMiddlewares<Middleware>(TwoFactorController.prototype.confirmTotp)),

            async function TwoFactorController_confirmTotp(context: Context, next: Next) {

            const validatedArgs: any[] = templateService.getValidatedArgs({ args: argsTwoFactorController_confirmTotp, context, next });

            const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(context.request) : iocContainer;

            const controller: any = container.get<TwoFactorController>(TwoFactorController);

            return templateService.apiHandler({
              methodName: 'confirmTotp',
              controller,
              context,
              validatedArgs,
              successStatus: undefined,
            });
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsTwoFactorController_disableTotp: Record<string, TsoaRoute.ParameterSchema> = {
                request: {"in":"request","name":"request","required":true,"dataType":"object"},
                body: {"in":"body","name":"body","required":true,"ref":"PasswordConfirmation"},
        };
        router.post('/api/v1/users/me/totp/disable',
            readBody('json'),
            authenticateMiddleware([{"OAuth2PasswordBearer":[]}]),
            ...(fetchMiddlewares<Middleware>(TwoFactorController)),
            ...(fetchMiddlewares<Middleware>(TwoFactorController.prototype.disableTotp)),

            async function TwoFactorController_disableTotp(context: Context, next: Next) {

            const validatedArgs: any[] = templateService.getValidatedArgs({ args: argsTwoFactorController_disableTotp, context, next });

            const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(context.request) : iocContainer;

            const controller: any = container.get<TwoFactorController>(TwoFactorController);

            return templateService.apiHandler({
              methodName: 'disableTotp',
              controller,
              context,
              validatedArgs,
              successStatus: undefined,
            });
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsTwoFactorController_regenerateRecoveryCodes: Record<string, TsoaRoute.ParameterSchema> = {
                request: {"in":"request","name":"request","required":true,"dataType":"object"},
                body: {"in":"body","name":"body","required":true,"ref":"PasswordConfirmation"},
        };
        router.post('/api/v1/users/me/recovery-codes',
            readBody('json'),
            authenticateMiddleware([{"OAuth2PasswordBearer":[]}]),
            ...(fetchMiddlewares<Middleware>(TwoFactorController)),
            ...(fetchMiddlewares<Middleware>(TwoFactorController.prototype.regenerateRecoveryCodes)),

            async function TwoFactorController_regenerateRecoveryCodes(context: Context, next: Next) {

            const validatedArgs: any[] = templateService.getValidatedArgs({ args: argsTwoFactorController_regenerateRecoveryCodes, context, next });

            const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(context.request) : iocContainer;

            const controller: any = container.get<TwoFactorController>(TwoFactorController);

            return templateService.apiHandler({
              methodName: 'regenerateRecoveryCodes',
              controller,
              context,
              validatedArgs,
              successStatus: undefined,
            });
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsTwoFactorController_resetTwoFactor: Record<string, TsoaRoute.ParameterSchema> = {
                request: {"in":"request","name":"request","required":true,"dataType":"object"},
                user_id: {"in":"path","name":"user_id","required":true,"ref":"UUID"},
        };
        router.delete('/api/v1/users/:user_id/totp',
            authenticateMiddleware([{"OAuth2PasswordBearer":["superuser"]}]),
            ...(fetchMiddlewares<Middleware>(TwoFactorController)),
            ...(fetchMiddlewares<Middleware>(TwoFactorController.prototype.resetTwoFactor)),

            async function TwoFactorController_resetTwoFactor(context: Context, next: Next) {

            const validatedArgs: any[] = templateService.getValidatedArgs({ args: argsTwoFactorController_resetTwoFactor, context, next });

            const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(context.request) : iocContainer;

            const controller: any = container.get<TwoFactorController>(TwoFactorController);

            return templateService.apiHandler({
              methodName: 'resetTwoFactor',
              controller,
              context,
              validatedArgs,
              successStatus: undefined,
            });
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsTwoFactorController_logInWithSecondFactor: Record<string, TsoaRoute.ParameterSchema> = {
                request: {"in":"request","name":"request","required":true,"dataType":"object"},
                body: {"in":"body","name":"body","required":true,"ref":"MfaLogIn"},
        };
        router.post('/api/v1/login/mfa',
            readBody('json'),
            ...(fetchMiddlewares<Middleware>(TwoFactorController)),
            ...(fetchMiddlewares<Middleware>(TwoFactorController.prototype.logInWithSecondFactor)),

            async function TwoFactorController_logInWithSecondFactor(context: Context, next: Next) {

            const validatedArgs: any[] = templateService.getValidatedArgs({ args: argsTwoFactorController_logInWithSecondFactor, context, next });

            const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(context.request) : iocContainer;

            const controller: any = container.get<TwoFactorController>(TwoFactorController);

            return templateService.apiHandler({
              methodName: 'logInWithSecondFactor',
              controller,
              context,
              validatedArgs,
              successStatus: undefined,
            });
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsTwoFactorController_passkeyOptionsForSecondFactor: Record<string, TsoaRoute.ParameterSchema> = {
                body: {"in":"body","name":"body","required":true,"ref":"MfaTokenBody"},
        };
        router.post('/api/v1/login/mfa/passkey-options',
            readBody('json'),
            ...(fetchMiddlewares<Middleware>(TwoFactorController)),
            ...(fetchMiddlewares<Middleware>(TwoFactorController.prototype.passkeyOptionsForSecondFactor)),

            async function TwoFactorController_passkeyOptionsForSecondFactor(context: Context, next: Next) {

            const validatedArgs: any[] = templateService.getValidatedArgs({ args: argsTwoFactorController_passkeyOptionsForSecondFactor, context, next });

            const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(context.request) : iocContainer;

            const controller: any = container.get<TwoFactorController>(TwoFactorController);

            return templateService.apiHandler({
              methodName: 'passkeyOptionsForSecondFactor',
              controller,
              context,
              validatedArgs,
              successStatus: undefined,
            });
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsSessionsController_refreshToken: Record<string, TsoaRoute.ParameterSchema> = {
                request: {"in":"request","name":"request","required":true,"dataType":"object"},
                form: {"in":"body","name":"form","required":true,"ref":"Body_login_refresh_token"},
        };
        router.post('/api/v1/login/refresh',
            readBody('form'),
            ...(fetchMiddlewares<Middleware>(SessionsController)),
            ...(fetchMiddlewares<Middleware>(SessionsController.prototype.refreshToken)),

            async function SessionsController_refreshToken(context: Context, next: Next) {

            const validatedArgs: any[] = templateService.getValidatedArgs({ args: argsSessionsController_refreshToken, context, next });

            const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(context.request) : iocContainer;

            const controller: any = container.get<SessionsController>(SessionsController);

            return templateService.apiHandler({
              methodName: 'refreshToken',
              controller,
              context,
              validatedArgs,
              successStatus: undefined,
            });
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsSessionsController_loginSession: Record<string, TsoaRoute.ParameterSchema> = {
                request: {"in":"request","name":"request","required":true,"dataType":"object"},
                form: {"in":"body","name":"form","required":true,"ref":"Body_login_login_access_token"},
        };
        router.post('/api/v1/login/session',
            readBody('form'),
            ...(fetchMiddlewares<Middleware>(SessionsController)),
            ...(fetchMiddlewares<Middleware>(SessionsController.prototype.loginSession)),

            async function SessionsController_loginSession(context: Context, next: Next) {

            const validatedArgs: any[] = templateService.getValidatedArgs({ args: argsSessionsController_loginSession, context, next });

            const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(context.request) : iocContainer;

            const controller: any = container.get<SessionsController>(SessionsController);

            return templateService.apiHandler({
              methodName: 'loginSession',
              controller,
              context,
              validatedArgs,
              successStatus: undefined,
            });
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsSessionsController_readSession: Record<string, TsoaRoute.ParameterSchema> = {
                request: {"in":"request","name":"request","required":true,"dataType":"object"},
        };
        router.get('/api/v1/session',
            ...(fetchMiddlewares<Middleware>(SessionsController)),
            ...(fetchMiddlewares<Middleware>(SessionsController.prototype.readSession)),

            async function SessionsController_readSession(context: Context, next: Next) {

            const validatedArgs: any[] = templateService.getValidatedArgs({ args: argsSessionsController_readSession, context, next });

            const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(context.request) : iocContainer;

            const controller: any = container.get<SessionsController>(SessionsController);

            return templateService.apiHandler({
              methodName: 'readSession',
              controller,
              context,
              validatedArgs,
              successStatus: undefined,
            });
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsSessionsController_logout: Record<string, TsoaRoute.ParameterSchema> = {
                request: {"in":"request","name":"request","required":true,"dataType":"object"},
        };
        router.post('/api/v1/logout',
            authenticateMiddleware([{"OAuth2PasswordBearer":[]}]),
            ...(fetchMiddlewares<Middleware>(SessionsController)),
            ...(fetchMiddlewares<Middleware>(SessionsController.prototype.logout)),

            async function SessionsController_logout(context: Context, next: Next) {

            const validatedArgs: any[] = templateService.getValidatedArgs({ args: argsSessionsController_logout, context, next });

            const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(context.request) : iocContainer;

            const controller: any = container.get<SessionsController>(SessionsController);

            return templateService.apiHandler({
              methodName: 'logout',
              controller,
              context,
              validatedArgs,
              successStatus: undefined,
            });
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsSessionsController_readMySessions: Record<string, TsoaRoute.ParameterSchema> = {
                request: {"in":"request","name":"request","required":true,"dataType":"object"},
        };
        router.get('/api/v1/users/me/sessions',
            authenticateMiddleware([{"OAuth2PasswordBearer":[]}]),
            ...(fetchMiddlewares<Middleware>(SessionsController)),
            ...(fetchMiddlewares<Middleware>(SessionsController.prototype.readMySessions)),

            async function SessionsController_readMySessions(context: Context, next: Next) {

            const validatedArgs: any[] = templateService.getValidatedArgs({ args: argsSessionsController_readMySessions, context, next });

            const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(context.request) : iocContainer;

            const controller: any = container.get<SessionsController>(SessionsController);

            return templateService.apiHandler({
              methodName: 'readMySessions',
              controller,
              context,
              validatedArgs,
              successStatus: undefined,
            });
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsSessionsController_revokeMySession: Record<string, TsoaRoute.ParameterSchema> = {
                request: {"in":"request","name":"request","required":true,"dataType":"object"},
                session_id: {"in":"path","name":"session_id","required":true,"ref":"UUID"},
        };
        router.delete('/api/v1/users/me/sessions/:session_id',
            authenticateMiddleware([{"OAuth2PasswordBearer":[]}]),
            ...(fetchMiddlewares<Middleware>(SessionsController)),
            ...(fetchMiddlewares<Middleware>(SessionsController.prototype.revokeMySession)),

            async function SessionsController_revokeMySession(context: Context, next: Next) {

            const validatedArgs: any[] = templateService.getValidatedArgs({ args: argsSessionsController_revokeMySession, context, next });

            const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(context.request) : iocContainer;

            const controller: any = container.get<SessionsController>(SessionsController);

            return templateService.apiHandler({
              methodName: 'revokeMySession',
              controller,
              context,
              validatedArgs,
              successStatus: undefined,
            });
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsSessionsController_revokeMyOtherSessions: Record<string, TsoaRoute.ParameterSchema> = {
                request: {"in":"request","name":"request","required":true,"dataType":"object"},
        };
        router.delete('/api/v1/users/me/sessions',
            authenticateMiddleware([{"OAuth2PasswordBearer":[]}]),
            ...(fetchMiddlewares<Middleware>(SessionsController)),
            ...(fetchMiddlewares<Middleware>(SessionsController.prototype.revokeMyOtherSessions)),

            async function SessionsController_revokeMyOtherSessions(context: Context, next: Next) {

            const validatedArgs: any[] = templateService.getValidatedArgs({ args: argsSessionsController_revokeMyOtherSessions, context, next });

            const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(context.request) : iocContainer;

            const controller: any = container.get<SessionsController>(SessionsController);

            return templateService.apiHandler({
              methodName: 'revokeMyOtherSessions',
              controller,
              context,
              validatedArgs,
              successStatus: undefined,
            });
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsPrivateController_createPrivateUser: Record<string, TsoaRoute.ParameterSchema> = {
                body: {"in":"body","name":"body","required":true,"ref":"PrivateUserCreate"},
        };
        router.post('/api/v1/private/users',
            readBody('json'),
            ...(fetchMiddlewares<Middleware>(PrivateController)),
            ...(fetchMiddlewares<Middleware>(PrivateController.prototype.createPrivateUser)),

            async function PrivateController_createPrivateUser(context: Context, next: Next) {

            const validatedArgs: any[] = templateService.getValidatedArgs({ args: argsPrivateController_createPrivateUser, context, next });

            const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(context.request) : iocContainer;

            const controller: any = container.get<PrivateController>(PrivateController);

            return templateService.apiHandler({
              methodName: 'createPrivateUser',
              controller,
              context,
              validatedArgs,
              successStatus: undefined,
            });
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsPreferencesController_readMyPreferences: Record<string, TsoaRoute.ParameterSchema> = {
                request: {"in":"request","name":"request","required":true,"dataType":"object"},
        };
        router.get('/api/v1/users/me/preferences',
            authenticateMiddleware([{"OAuth2PasswordBearer":[]}]),
            ...(fetchMiddlewares<Middleware>(PreferencesController)),
            ...(fetchMiddlewares<Middleware>(PreferencesController.prototype.readMyPreferences)),

            async function PreferencesController_readMyPreferences(context: Context, next: Next) {

            const validatedArgs: any[] = templateService.getValidatedArgs({ args: argsPreferencesController_readMyPreferences, context, next });

            const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(context.request) : iocContainer;

            const controller: any = container.get<PreferencesController>(PreferencesController);

            return templateService.apiHandler({
              methodName: 'readMyPreferences',
              controller,
              context,
              validatedArgs,
              successStatus: undefined,
            });
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsPreferencesController_updateMyPreferences: Record<string, TsoaRoute.ParameterSchema> = {
                request: {"in":"request","name":"request","required":true,"dataType":"object"},
                body: {"in":"body","name":"body","required":true,"ref":"UserPreferences"},
        };
        router.put('/api/v1/users/me/preferences',
            readBody('json'),
            authenticateMiddleware([{"OAuth2PasswordBearer":[]}]),
            ...(fetchMiddlewares<Middleware>(PreferencesController)),
            ...(fetchMiddlewares<Middleware>(PreferencesController.prototype.updateMyPreferences)),

            async function PreferencesController_updateMyPreferences(context: Context, next: Next) {

            const validatedArgs: any[] = templateService.getValidatedArgs({ args: argsPreferencesController_updateMyPreferences, context, next });

            const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(context.request) : iocContainer;

            const controller: any = container.get<PreferencesController>(PreferencesController);

            return templateService.apiHandler({
              methodName: 'updateMyPreferences',
              controller,
              context,
              validatedArgs,
              successStatus: undefined,
            });
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsPasskeysController_createPasskeyOptions: Record<string, TsoaRoute.ParameterSchema> = {
                request: {"in":"request","name":"request","required":true,"dataType":"object"},
        };
        router.post('/api/v1/users/me/passkeys/options',
            authenticateMiddleware([{"OAuth2PasswordBearer":[]}]),
            ...(fetchMiddlewares<Middleware>(PasskeysController)),
            ...(fetchMiddlewares<Middleware>(PasskeysController.prototype.createPasskeyOptions)),

            async function PasskeysController_createPasskeyOptions(context: Context, next: Next) {

            const validatedArgs: any[] = templateService.getValidatedArgs({ args: argsPasskeysController_createPasskeyOptions, context, next });

            const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(context.request) : iocContainer;

            const controller: any = container.get<PasskeysController>(PasskeysController);

            return templateService.apiHandler({
              methodName: 'createPasskeyOptions',
              controller,
              context,
              validatedArgs,
              successStatus: undefined,
            });
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsPasskeysController_addPasskey: Record<string, TsoaRoute.ParameterSchema> = {
                request: {"in":"request","name":"request","required":true,"dataType":"object"},
                body: {"in":"body","name":"body","required":true,"ref":"PasskeyCreate"},
        };
        router.post('/api/v1/users/me/passkeys',
            readBody('json'),
            authenticateMiddleware([{"OAuth2PasswordBearer":[]}]),
            ...(fetchMiddlewares<Middleware>(PasskeysController)),
            ...(fetchMiddlewares<Middleware>(PasskeysController.prototype.addPasskey)),

            async function PasskeysController_addPasskey(context: Context, next: Next) {

            const validatedArgs: any[] = templateService.getValidatedArgs({ args: argsPasskeysController_addPasskey, context, next });

            const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(context.request) : iocContainer;

            const controller: any = container.get<PasskeysController>(PasskeysController);

            return templateService.apiHandler({
              methodName: 'addPasskey',
              controller,
              context,
              validatedArgs,
              successStatus: undefined,
            });
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsPasskeysController_readMyPasskeys: Record<string, TsoaRoute.ParameterSchema> = {
                request: {"in":"request","name":"request","required":true,"dataType":"object"},
        };
        router.get('/api/v1/users/me/passkeys',
            authenticateMiddleware([{"OAuth2PasswordBearer":[]}]),
            ...(fetchMiddlewares<Middleware>(PasskeysController)),
            ...(fetchMiddlewares<Middleware>(PasskeysController.prototype.readMyPasskeys)),

            async function PasskeysController_readMyPasskeys(context: Context, next: Next) {

            const validatedArgs: any[] = templateService.getValidatedArgs({ args: argsPasskeysController_readMyPasskeys, context, next });

            const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(context.request) : iocContainer;

            const controller: any = container.get<PasskeysController>(PasskeysController);

            return templateService.apiHandler({
              methodName: 'readMyPasskeys',
              controller,
              context,
              validatedArgs,
              successStatus: undefined,
            });
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsPasskeysController_renameMyPasskey: Record<string, TsoaRoute.ParameterSchema> = {
                request: {"in":"request","name":"request","required":true,"dataType":"object"},
                passkey_id: {"in":"path","name":"passkey_id","required":true,"ref":"UUID"},
                body: {"in":"body","name":"body","required":true,"ref":"PasskeyUpdate"},
        };
        router.patch('/api/v1/users/me/passkeys/:passkey_id',
            readBody('json'),
            authenticateMiddleware([{"OAuth2PasswordBearer":[]}]),
            ...(fetchMiddlewares<Middleware>(PasskeysController)),
            ...(fetchMiddlewares<Middleware>(PasskeysController.prototype.renameMyPasskey)),

            async function PasskeysController_renameMyPasskey(context: Context, next: Next) {

            const validatedArgs: any[] = templateService.getValidatedArgs({ args: argsPasskeysController_renameMyPasskey, context, next });

            const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(context.request) : iocContainer;

            const controller: any = container.get<PasskeysController>(PasskeysController);

            return templateService.apiHandler({
              methodName: 'renameMyPasskey',
              controller,
              context,
              validatedArgs,
              successStatus: undefined,
            });
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsPasskeysController_removeMyPasskey: Record<string, TsoaRoute.ParameterSchema> = {
                request: {"in":"request","name":"request","required":true,"dataType":"object"},
                passkey_id: {"in":"path","name":"passkey_id","required":true,"ref":"UUID"},
        };
        router.delete('/api/v1/users/me/passkeys/:passkey_id',
            authenticateMiddleware([{"OAuth2PasswordBearer":[]}]),
            ...(fetchMiddlewares<Middleware>(PasskeysController)),
            ...(fetchMiddlewares<Middleware>(PasskeysController.prototype.removeMyPasskey)),

            async function PasskeysController_removeMyPasskey(context: Context, next: Next) {

            const validatedArgs: any[] = templateService.getValidatedArgs({ args: argsPasskeysController_removeMyPasskey, context, next });

            const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(context.request) : iocContainer;

            const controller: any = container.get<PasskeysController>(PasskeysController);

            return templateService.apiHandler({
              methodName: 'removeMyPasskey',
              controller,
              context,
              validatedArgs,
              successStatus: undefined,
            });
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsPasskeysController_passkeyLoginOptions: Record<string, TsoaRoute.ParameterSchema> = {
                request: {"in":"request","name":"request","required":true,"dataType":"object"},
        };
        router.post('/api/v1/login/passkey/options',
            ...(fetchMiddlewares<Middleware>(PasskeysController)),
            ...(fetchMiddlewares<Middleware>(PasskeysController.prototype.passkeyLoginOptions)),

            async function PasskeysController_passkeyLoginOptions(context: Context, next: Next) {

            const validatedArgs: any[] = templateService.getValidatedArgs({ args: argsPasskeysController_passkeyLoginOptions, context, next });

            const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(context.request) : iocContainer;

            const controller: any = container.get<PasskeysController>(PasskeysController);

            return templateService.apiHandler({
              methodName: 'passkeyLoginOptions',
              controller,
              context,
              validatedArgs,
              successStatus: undefined,
            });
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsPasskeysController_loginWithPasskey: Record<string, TsoaRoute.ParameterSchema> = {
                request: {"in":"request","name":"request","required":true,"dataType":"object"},
                body: {"in":"body","name":"body","required":true,"ref":"PasskeyLogin"},
        };
        router.post('/api/v1/login/passkey',
            readBody('json'),
            ...(fetchMiddlewares<Middleware>(PasskeysController)),
            ...(fetchMiddlewares<Middleware>(PasskeysController.prototype.loginWithPasskey)),

            async function PasskeysController_loginWithPasskey(context: Context, next: Next) {

            const validatedArgs: any[] = templateService.getValidatedArgs({ args: argsPasskeysController_loginWithPasskey, context, next });

            const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(context.request) : iocContainer;

            const controller: any = container.get<PasskeysController>(PasskeysController);

            return templateService.apiHandler({
              methodName: 'loginWithPasskey',
              controller,
              context,
              validatedArgs,
              successStatus: undefined,
            });
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsOrganizationsController_readOrganizations: Record<string, TsoaRoute.ParameterSchema> = {
                request: {"in":"request","name":"request","required":true,"dataType":"object"},
                skip: {"default":0,"in":"query","name":"skip","dataType":"integer","validators":{"isInt":{"errorMsg":"invalid integer number"},"minimum":{"value":0},"maximum":{"value":9007199254740991}}},
                limit: {"default":100,"in":"query","name":"limit","dataType":"integer","validators":{"isInt":{"errorMsg":"invalid integer number"},"minimum":{"value":1},"maximum":{"value":1000}}},
        };
        router.get('/api/v1/organizations',
            authenticateMiddleware([{"OAuth2PasswordBearer":[]}]),
            ...(fetchMiddlewares<Middleware>(OrganizationsController)),
            ...(fetchMiddlewares<Middleware>(OrganizationsController.prototype.readOrganizations)),

            async function OrganizationsController_readOrganizations(context: Context, next: Next) {

            const validatedArgs: any[] = templateService.getValidatedArgs({ args: argsOrganizationsController_readOrganizations, context, next });

            const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(context.request) : iocContainer;

            const controller: any = container.get<OrganizationsController>(OrganizationsController);

            return templateService.apiHandler({
              methodName: 'readOrganizations',
              controller,
              context,
              validatedArgs,
              successStatus: undefined,
            });
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsOrganizationsController_createOrganization: Record<string, TsoaRoute.ParameterSchema> = {
                request: {"in":"request","name":"request","required":true,"dataType":"object"},
                body: {"in":"body","name":"body","required":true,"ref":"OrganizationCreate"},
        };
        router.post('/api/v1/organizations',
            readBody('json'),
            authenticateMiddleware([{"OAuth2PasswordBearer":[]}]),
            ...(fetchMiddlewares<Middleware>(OrganizationsController)),
            ...(fetchMiddlewares<Middleware>(OrganizationsController.prototype.createOrganization)),

            async function OrganizationsController_createOrganization(context: Context, next: Next) {

            const validatedArgs: any[] = templateService.getValidatedArgs({ args: argsOrganizationsController_createOrganization, context, next });

            const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(context.request) : iocContainer;

            const controller: any = container.get<OrganizationsController>(OrganizationsController);

            return templateService.apiHandler({
              methodName: 'createOrganization',
              controller,
              context,
              validatedArgs,
              successStatus: undefined,
            });
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsOrganizationsController_readOrganization: Record<string, TsoaRoute.ParameterSchema> = {
                request: {"in":"request","name":"request","required":true,"dataType":"object"},
                org_id: {"in":"path","name":"org_id","required":true,"ref":"UUID"},
        };
        router.get('/api/v1/organizations/:org_id',
            authenticateMiddleware([{"OAuth2PasswordBearer":[]}]),
            ...(fetchMiddlewares<Middleware>(OrganizationsController)),
            ...(fetchMiddlewares<Middleware>(OrganizationsController.prototype.readOrganization)),

            async function OrganizationsController_readOrganization(context: Context, next: Next) {

            const validatedArgs: any[] = templateService.getValidatedArgs({ args: argsOrganizationsController_readOrganization, context, next });

            const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(context.request) : iocContainer;

            const controller: any = container.get<OrganizationsController>(OrganizationsController);

            return templateService.apiHandler({
              methodName: 'readOrganization',
              controller,
              context,
              validatedArgs,
              successStatus: undefined,
            });
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsOrganizationsController_updateOrganization: Record<string, TsoaRoute.ParameterSchema> = {
                request: {"in":"request","name":"request","required":true,"dataType":"object"},
                org_id: {"in":"path","name":"org_id","required":true,"ref":"UUID"},
                body: {"in":"body","name":"body","required":true,"ref":"OrganizationUpdate"},
        };
        router.patch('/api/v1/organizations/:org_id',
            readBody('json'),
            authenticateMiddleware([{"OAuth2PasswordBearer":[]}]),
            ...(fetchMiddlewares<Middleware>(OrganizationsController)),
            ...(fetchMiddlewares<Middleware>(OrganizationsController.prototype.updateOrganization)),

            async function OrganizationsController_updateOrganization(context: Context, next: Next) {

            const validatedArgs: any[] = templateService.getValidatedArgs({ args: argsOrganizationsController_updateOrganization, context, next });

            const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(context.request) : iocContainer;

            const controller: any = container.get<OrganizationsController>(OrganizationsController);

            return templateService.apiHandler({
              methodName: 'updateOrganization',
              controller,
              context,
              validatedArgs,
              successStatus: undefined,
            });
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsOrganizationsController_deleteOrganization: Record<string, TsoaRoute.ParameterSchema> = {
                request: {"in":"request","name":"request","required":true,"dataType":"object"},
                org_id: {"in":"path","name":"org_id","required":true,"ref":"UUID"},
        };
        router.delete('/api/v1/organizations/:org_id',
            authenticateMiddleware([{"OAuth2PasswordBearer":[]}]),
            ...(fetchMiddlewares<Middleware>(OrganizationsController)),
            ...(fetchMiddlewares<Middleware>(OrganizationsController.prototype.deleteOrganization)),

            async function OrganizationsController_deleteOrganization(context: Context, next: Next) {

            const validatedArgs: any[] = templateService.getValidatedArgs({ args: argsOrganizationsController_deleteOrganization, context, next });

            const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(context.request) : iocContainer;

            const controller: any = container.get<OrganizationsController>(OrganizationsController);

            return templateService.apiHandler({
              methodName: 'deleteOrganization',
              controller,
              context,
              validatedArgs,
              successStatus: undefined,
            });
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsOrganizationsController_readMembers: Record<string, TsoaRoute.ParameterSchema> = {
                request: {"in":"request","name":"request","required":true,"dataType":"object"},
                org_id: {"in":"path","name":"org_id","required":true,"ref":"UUID"},
                skip: {"default":0,"in":"query","name":"skip","dataType":"integer","validators":{"isInt":{"errorMsg":"invalid integer number"},"minimum":{"value":0},"maximum":{"value":9007199254740991}}},
                limit: {"default":100,"in":"query","name":"limit","dataType":"integer","validators":{"isInt":{"errorMsg":"invalid integer number"},"minimum":{"value":1},"maximum":{"value":1000}}},
        };
        router.get('/api/v1/organizations/:org_id/members',
            authenticateMiddleware([{"OAuth2PasswordBearer":[]}]),
            ...(fetchMiddlewares<Middleware>(OrganizationsController)),
            ...(fetchMiddlewares<Middleware>(OrganizationsController.prototype.readMembers)),

            async function OrganizationsController_readMembers(context: Context, next: Next) {

            const validatedArgs: any[] = templateService.getValidatedArgs({ args: argsOrganizationsController_readMembers, context, next });

            const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(context.request) : iocContainer;

            const controller: any = container.get<OrganizationsController>(OrganizationsController);

            return templateService.apiHandler({
              methodName: 'readMembers',
              controller,
              context,
              validatedArgs,
              successStatus: undefined,
            });
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsOrganizationsController_updateMember: Record<string, TsoaRoute.ParameterSchema> = {
                request: {"in":"request","name":"request","required":true,"dataType":"object"},
                org_id: {"in":"path","name":"org_id","required":true,"ref":"UUID"},
                user_id: {"in":"path","name":"user_id","required":true,"ref":"UUID"},
                body: {"in":"body","name":"body","required":true,"ref":"MemberUpdate"},
        };
        router.patch('/api/v1/organizations/:org_id/members/:user_id',
            readBody('json'),
            authenticateMiddleware([{"OAuth2PasswordBearer":[]}]),
            ...(fetchMiddlewares<Middleware>(OrganizationsController)),
            ...(fetchMiddlewares<Middleware>(OrganizationsController.prototype.updateMember)),

            async function OrganizationsController_updateMember(context: Context, next: Next) {

            const validatedArgs: any[] = templateService.getValidatedArgs({ args: argsOrganizationsController_updateMember, context, next });

            const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(context.request) : iocContainer;

            const controller: any = container.get<OrganizationsController>(OrganizationsController);

            return templateService.apiHandler({
              methodName: 'updateMember',
              controller,
              context,
              validatedArgs,
              successStatus: undefined,
            });
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsOrganizationsController_deleteMember: Record<string, TsoaRoute.ParameterSchema> = {
                request: {"in":"request","name":"request","required":true,"dataType":"object"},
                org_id: {"in":"path","name":"org_id","required":true,"ref":"UUID"},
                user_id: {"in":"path","name":"user_id","required":true,"ref":"UUID"},
        };
        router.delete('/api/v1/organizations/:org_id/members/:user_id',
            authenticateMiddleware([{"OAuth2PasswordBearer":[]}]),
            ...(fetchMiddlewares<Middleware>(OrganizationsController)),
            ...(fetchMiddlewares<Middleware>(OrganizationsController.prototype.deleteMember)),

            async function OrganizationsController_deleteMember(context: Context, next: Next) {

            const validatedArgs: any[] = templateService.getValidatedArgs({ args: argsOrganizationsController_deleteMember, context, next });

            const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(context.request) : iocContainer;

            const controller: any = container.get<OrganizationsController>(OrganizationsController);

            return templateService.apiHandler({
              methodName: 'deleteMember',
              controller,
              context,
              validatedArgs,
              successStatus: undefined,
            });
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsOrganizationsController_createInvitation: Record<string, TsoaRoute.ParameterSchema> = {
                request: {"in":"request","name":"request","required":true,"dataType":"object"},
                org_id: {"in":"path","name":"org_id","required":true,"ref":"UUID"},
                body: {"in":"body","name":"body","required":true,"ref":"InvitationCreate"},
        };
        router.post('/api/v1/organizations/:org_id/invitations',
            readBody('json'),
            authenticateMiddleware([{"OAuth2PasswordBearer":[]}]),
            ...(fetchMiddlewares<Middleware>(OrganizationsController)),
            ...(fetchMiddlewares<Middleware>(OrganizationsController.prototype.createInvitation)),

            async function OrganizationsController_createInvitation(context: Context, next: Next) {

            const validatedArgs: any[] = templateService.getValidatedArgs({ args: argsOrganizationsController_createInvitation, context, next });

            const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(context.request) : iocContainer;

            const controller: any = container.get<OrganizationsController>(OrganizationsController);

            return templateService.apiHandler({
              methodName: 'createInvitation',
              controller,
              context,
              validatedArgs,
              successStatus: undefined,
            });
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsOrganizationsController_readInvitations: Record<string, TsoaRoute.ParameterSchema> = {
                request: {"in":"request","name":"request","required":true,"dataType":"object"},
                org_id: {"in":"path","name":"org_id","required":true,"ref":"UUID"},
        };
        router.get('/api/v1/organizations/:org_id/invitations',
            authenticateMiddleware([{"OAuth2PasswordBearer":[]}]),
            ...(fetchMiddlewares<Middleware>(OrganizationsController)),
            ...(fetchMiddlewares<Middleware>(OrganizationsController.prototype.readInvitations)),

            async function OrganizationsController_readInvitations(context: Context, next: Next) {

            const validatedArgs: any[] = templateService.getValidatedArgs({ args: argsOrganizationsController_readInvitations, context, next });

            const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(context.request) : iocContainer;

            const controller: any = container.get<OrganizationsController>(OrganizationsController);

            return templateService.apiHandler({
              methodName: 'readInvitations',
              controller,
              context,
              validatedArgs,
              successStatus: undefined,
            });
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsOrganizationsController_deleteInvitation: Record<string, TsoaRoute.ParameterSchema> = {
                request: {"in":"request","name":"request","required":true,"dataType":"object"},
                org_id: {"in":"path","name":"org_id","required":true,"ref":"UUID"},
                invitation_id: {"in":"path","name":"invitation_id","required":true,"ref":"UUID"},
        };
        router.delete('/api/v1/organizations/:org_id/invitations/:invitation_id',
            authenticateMiddleware([{"OAuth2PasswordBearer":[]}]),
            ...(fetchMiddlewares<Middleware>(OrganizationsController)),
            ...(fetchMiddlewares<Middleware>(OrganizationsController.prototype.deleteInvitation)),

            async function OrganizationsController_deleteInvitation(context: Context, next: Next) {

            const validatedArgs: any[] = templateService.getValidatedArgs({ args: argsOrganizationsController_deleteInvitation, context, next });

            const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(context.request) : iocContainer;

            const controller: any = container.get<OrganizationsController>(OrganizationsController);

            return templateService.apiHandler({
              methodName: 'deleteInvitation',
              controller,
              context,
              validatedArgs,
              successStatus: undefined,
            });
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsOrganizationsController_readOrganizationAuditEvents: Record<string, TsoaRoute.ParameterSchema> = {
                request: {"in":"request","name":"request","required":true,"dataType":"object"},
                org_id: {"in":"path","name":"org_id","required":true,"ref":"UUID"},
                skip: {"default":0,"in":"query","name":"skip","dataType":"integer","validators":{"isInt":{"errorMsg":"invalid integer number"},"minimum":{"value":0},"maximum":{"value":9007199254740991}}},
                limit: {"default":100,"in":"query","name":"limit","dataType":"integer","validators":{"isInt":{"errorMsg":"invalid integer number"},"minimum":{"value":1},"maximum":{"value":1000}}},
        };
        router.get('/api/v1/organizations/:org_id/audit-events',
            authenticateMiddleware([{"OAuth2PasswordBearer":[]}]),
            ...(fetchMiddlewares<Middleware>(OrganizationsController)),
            ...(fetchMiddlewares<Middleware>(OrganizationsController.prototype.readOrganizationAuditEvents)),

            async function OrganizationsController_readOrganizationAuditEvents(context: Context, next: Next) {

            const validatedArgs: any[] = templateService.getValidatedArgs({ args: argsOrganizationsController_readOrganizationAuditEvents, context, next });

            const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(context.request) : iocContainer;

            const controller: any = container.get<OrganizationsController>(OrganizationsController);

            return templateService.apiHandler({
              methodName: 'readOrganizationAuditEvents',
              controller,
              context,
              validatedArgs,
              successStatus: undefined,
            });
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsLoginController_loginAccessToken: Record<string, TsoaRoute.ParameterSchema> = {
                request: {"in":"request","name":"request","required":true,"dataType":"object"},
                form: {"in":"body","name":"form","required":true,"ref":"Body_login_login_access_token"},
        };
        router.post('/api/v1/login/access-token',
            readBody('form'),
            ...(fetchMiddlewares<Middleware>(LoginController)),
            ...(fetchMiddlewares<Middleware>(LoginController.prototype.loginAccessToken)),

            async function LoginController_loginAccessToken(context: Context, next: Next) {

            const validatedArgs: any[] = templateService.getValidatedArgs({ args: argsLoginController_loginAccessToken, context, next });

            const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(context.request) : iocContainer;

            const controller: any = container.get<LoginController>(LoginController);

            return templateService.apiHandler({
              methodName: 'loginAccessToken',
              controller,
              context,
              validatedArgs,
              successStatus: undefined,
            });
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsLoginController_testToken: Record<string, TsoaRoute.ParameterSchema> = {
                request: {"in":"request","name":"request","required":true,"dataType":"object"},
        };
        router.post('/api/v1/login/test-token',
            authenticateMiddleware([{"OAuth2PasswordBearer":[]}]),
            ...(fetchMiddlewares<Middleware>(LoginController)),
            ...(fetchMiddlewares<Middleware>(LoginController.prototype.testToken)),

            async function LoginController_testToken(context: Context, next: Next) {

            const validatedArgs: any[] = templateService.getValidatedArgs({ args: argsLoginController_testToken, context, next });

            const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(context.request) : iocContainer;

            const controller: any = container.get<LoginController>(LoginController);

            return templateService.apiHandler({
              methodName: 'testToken',
              controller,
              context,
              validatedArgs,
              successStatus: undefined,
            });
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsLoginController_recoverPassword: Record<string, TsoaRoute.ParameterSchema> = {
                request: {"in":"request","name":"request","required":true,"dataType":"object"},
                email: {"in":"path","name":"email","required":true,"dataType":"string"},
        };
        router.post('/api/v1/password-recovery/:email',
            ...(fetchMiddlewares<Middleware>(LoginController)),
            ...(fetchMiddlewares<Middleware>(LoginController.prototype.recoverPassword)),

            async function LoginController_recoverPassword(context: Context, next: Next) {

            const validatedArgs: any[] = templateService.getValidatedArgs({ args: argsLoginController_recoverPassword, context, next });

            const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(context.request) : iocContainer;

            const controller: any = container.get<LoginController>(LoginController);

            return templateService.apiHandler({
              methodName: 'recoverPassword',
              controller,
              context,
              validatedArgs,
              successStatus: undefined,
            });
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsLoginController_resetPassword: Record<string, TsoaRoute.ParameterSchema> = {
                request: {"in":"request","name":"request","required":true,"dataType":"object"},
                body: {"in":"body","name":"body","required":true,"ref":"NewPassword"},
        };
        router.post('/api/v1/reset-password',
            readBody('json'),
            ...(fetchMiddlewares<Middleware>(LoginController)),
            ...(fetchMiddlewares<Middleware>(LoginController.prototype.resetPassword)),

            async function LoginController_resetPassword(context: Context, next: Next) {

            const validatedArgs: any[] = templateService.getValidatedArgs({ args: argsLoginController_resetPassword, context, next });

            const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(context.request) : iocContainer;

            const controller: any = container.get<LoginController>(LoginController);

            return templateService.apiHandler({
              methodName: 'resetPassword',
              controller,
              context,
              validatedArgs,
              successStatus: undefined,
            });
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsLoginController_revertEmail: Record<string, TsoaRoute.ParameterSchema> = {
                request: {"in":"request","name":"request","required":true,"dataType":"object"},
                body: {"in":"body","name":"body","required":true,"ref":"EmailRevert"},
        };
        router.post('/api/v1/revert-email',
            readBody('json'),
            ...(fetchMiddlewares<Middleware>(LoginController)),
            ...(fetchMiddlewares<Middleware>(LoginController.prototype.revertEmail)),

            async function LoginController_revertEmail(context: Context, next: Next) {

            const validatedArgs: any[] = templateService.getValidatedArgs({ args: argsLoginController_revertEmail, context, next });

            const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(context.request) : iocContainer;

            const controller: any = container.get<LoginController>(LoginController);

            return templateService.apiHandler({
              methodName: 'revertEmail',
              controller,
              context,
              validatedArgs,
              successStatus: undefined,
            });
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsLoginController_recoverPasswordHtmlContent: Record<string, TsoaRoute.ParameterSchema> = {
                request: {"in":"request","name":"request","required":true,"dataType":"object"},
                email: {"in":"path","name":"email","required":true,"dataType":"string"},
        };
        router.post('/api/v1/password-recovery-html-content/:email',
            authenticateMiddleware([{"OAuth2PasswordBearer":["superuser"]}]),
            ...(fetchMiddlewares<Middleware>(LoginController)),
            ...(fetchMiddlewares<Middleware>(LoginController.prototype.recoverPasswordHtmlContent)),

            async function LoginController_recoverPasswordHtmlContent(context: Context, next: Next) {

            const validatedArgs: any[] = templateService.getValidatedArgs({ args: argsLoginController_recoverPasswordHtmlContent, context, next });

            const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(context.request) : iocContainer;

            const controller: any = container.get<LoginController>(LoginController);

            return templateService.apiHandler({
              methodName: 'recoverPasswordHtmlContent',
              controller,
              context,
              validatedArgs,
              successStatus: undefined,
            });
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsJobsController_readJobs: Record<string, TsoaRoute.ParameterSchema> = {
                request: {"in":"request","name":"request","required":true,"dataType":"object"},
                skip: {"default":0,"in":"query","name":"skip","dataType":"integer","validators":{"isInt":{"errorMsg":"invalid integer number"},"minimum":{"value":0},"maximum":{"value":9007199254740991}}},
                limit: {"default":100,"in":"query","name":"limit","dataType":"integer","validators":{"isInt":{"errorMsg":"invalid integer number"},"minimum":{"value":1},"maximum":{"value":1000}}},
                state: {"in":"query","name":"state","ref":"JobStateName"},
                queue: {"in":"query","name":"queue","dataType":"string","validators":{"minLength":{"value":1},"maxLength":{"value":100}}},
        };
        router.get('/api/v1/jobs',
            authenticateMiddleware([{"OAuth2PasswordBearer":["superuser"]}]),
            ...(fetchMiddlewares<Middleware>(JobsController)),
            ...(fetchMiddlewares<Middleware>(JobsController.prototype.readJobs)),

            async function JobsController_readJobs(context: Context, next: Next) {

            const validatedArgs: any[] = templateService.getValidatedArgs({ args: argsJobsController_readJobs, context, next });

            const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(context.request) : iocContainer;

            const controller: any = container.get<JobsController>(JobsController);

            return templateService.apiHandler({
              methodName: 'readJobs',
              controller,
              context,
              validatedArgs,
              successStatus: undefined,
            });
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsJobsController_readJobCounts: Record<string, TsoaRoute.ParameterSchema> = {
                request: {"in":"request","name":"request","required":true,"dataType":"object"},
        };
        router.get('/api/v1/jobs/counts',
            authenticateMiddleware([{"OAuth2PasswordBearer":["superuser"]}]),
            ...(fetchMiddlewares<Middleware>(JobsController)),
            ...(fetchMiddlewares<Middleware>(JobsController.prototype.readJobCounts)),

            async function JobsController_readJobCounts(context: Context, next: Next) {

            const validatedArgs: any[] = templateService.getValidatedArgs({ args: argsJobsController_readJobCounts, context, next });

            const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(context.request) : iocContainer;

            const controller: any = container.get<JobsController>(JobsController);

            return templateService.apiHandler({
              methodName: 'readJobCounts',
              controller,
              context,
              validatedArgs,
              successStatus: undefined,
            });
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsJobsController_retryFailedJob: Record<string, TsoaRoute.ParameterSchema> = {
                request: {"in":"request","name":"request","required":true,"dataType":"object"},
                job_id: {"in":"path","name":"job_id","required":true,"ref":"UUID"},
        };
        router.post('/api/v1/jobs/:job_id/retry',
            authenticateMiddleware([{"OAuth2PasswordBearer":["superuser"]}]),
            ...(fetchMiddlewares<Middleware>(JobsController)),
            ...(fetchMiddlewares<Middleware>(JobsController.prototype.retryFailedJob)),

            async function JobsController_retryFailedJob(context: Context, next: Next) {

            const validatedArgs: any[] = templateService.getValidatedArgs({ args: argsJobsController_retryFailedJob, context, next });

            const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(context.request) : iocContainer;

            const controller: any = container.get<JobsController>(JobsController);

            return templateService.apiHandler({
              methodName: 'retryFailedJob',
              controller,
              context,
              validatedArgs,
              successStatus: undefined,
            });
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsItemsController_readItems: Record<string, TsoaRoute.ParameterSchema> = {
                request: {"in":"request","name":"request","required":true,"dataType":"object"},
                skip: {"default":0,"in":"query","name":"skip","dataType":"integer","validators":{"isInt":{"errorMsg":"invalid integer number"},"minimum":{"value":0},"maximum":{"value":9007199254740991}}},
                limit: {"default":100,"in":"query","name":"limit","dataType":"integer","validators":{"isInt":{"errorMsg":"invalid integer number"},"minimum":{"value":1},"maximum":{"value":1000}}},
                q: {"in":"query","name":"q","dataType":"string","validators":{"minLength":{"value":1},"maxLength":{"value":200}}},
                sort: {"default":"created_at","in":"query","name":"sort","ref":"ItemSortBy"},
                order: {"default":"desc","in":"query","name":"order","ref":"SortOrder"},
                owner_id: {"in":"query","name":"owner_id","ref":"UUID"},
        };
        router.get('/api/v1/items',
            authenticateMiddleware([{"OAuth2PasswordBearer":[]}]),
            ...(fetchMiddlewares<Middleware>(ItemsController)),
            ...(fetchMiddlewares<Middleware>(ItemsController.prototype.readItems)),

            async function ItemsController_readItems(context: Context, next: Next) {

            const validatedArgs: any[] = templateService.getValidatedArgs({ args: argsItemsController_readItems, context, next });

            const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(context.request) : iocContainer;

            const controller: any = container.get<ItemsController>(ItemsController);

            return templateService.apiHandler({
              methodName: 'readItems',
              controller,
              context,
              validatedArgs,
              successStatus: undefined,
            });
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsItemsController_createItem: Record<string, TsoaRoute.ParameterSchema> = {
                request: {"in":"request","name":"request","required":true,"dataType":"object"},
                body: {"in":"body","name":"body","required":true,"ref":"ItemCreate"},
        };
        router.post('/api/v1/items',
            readBody('json'),
            authenticateMiddleware([{"OAuth2PasswordBearer":[]}]),
            ...(fetchMiddlewares<Middleware>(ItemsController)),
            ...(fetchMiddlewares<Middleware>(ItemsController.prototype.createItem)),

            async function ItemsController_createItem(context: Context, next: Next) {

            const validatedArgs: any[] = templateService.getValidatedArgs({ args: argsItemsController_createItem, context, next });

            const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(context.request) : iocContainer;

            const controller: any = container.get<ItemsController>(ItemsController);

            return templateService.apiHandler({
              methodName: 'createItem',
              controller,
              context,
              validatedArgs,
              successStatus: undefined,
            });
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsItemsController_readItem: Record<string, TsoaRoute.ParameterSchema> = {
                request: {"in":"request","name":"request","required":true,"dataType":"object"},
                id: {"in":"path","name":"id","required":true,"ref":"UUID"},
        };
        router.get('/api/v1/items/:id',
            authenticateMiddleware([{"OAuth2PasswordBearer":[]}]),
            ...(fetchMiddlewares<Middleware>(ItemsController)),
            ...(fetchMiddlewares<Middleware>(ItemsController.prototype.readItem)),

            async function ItemsController_readItem(context: Context, next: Next) {

            const validatedArgs: any[] = templateService.getValidatedArgs({ args: argsItemsController_readItem, context, next });

            const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(context.request) : iocContainer;

            const controller: any = container.get<ItemsController>(ItemsController);

            return templateService.apiHandler({
              methodName: 'readItem',
              controller,
              context,
              validatedArgs,
              successStatus: undefined,
            });
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsItemsController_updateItem: Record<string, TsoaRoute.ParameterSchema> = {
                request: {"in":"request","name":"request","required":true,"dataType":"object"},
                id: {"in":"path","name":"id","required":true,"ref":"UUID"},
                body: {"in":"body","name":"body","required":true,"ref":"ItemUpdate"},
        };
        router.put('/api/v1/items/:id',
            readBody('json'),
            authenticateMiddleware([{"OAuth2PasswordBearer":[]}]),
            ...(fetchMiddlewares<Middleware>(ItemsController)),
            ...(fetchMiddlewares<Middleware>(ItemsController.prototype.updateItem)),

            async function ItemsController_updateItem(context: Context, next: Next) {

            const validatedArgs: any[] = templateService.getValidatedArgs({ args: argsItemsController_updateItem, context, next });

            const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(context.request) : iocContainer;

            const controller: any = container.get<ItemsController>(ItemsController);

            return templateService.apiHandler({
              methodName: 'updateItem',
              controller,
              context,
              validatedArgs,
              successStatus: undefined,
            });
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsItemsController_deleteItem: Record<string, TsoaRoute.ParameterSchema> = {
                request: {"in":"request","name":"request","required":true,"dataType":"object"},
                id: {"in":"path","name":"id","required":true,"ref":"UUID"},
        };
        router.delete('/api/v1/items/:id',
            authenticateMiddleware([{"OAuth2PasswordBearer":[]}]),
            ...(fetchMiddlewares<Middleware>(ItemsController)),
            ...(fetchMiddlewares<Middleware>(ItemsController.prototype.deleteItem)),

            async function ItemsController_deleteItem(context: Context, next: Next) {

            const validatedArgs: any[] = templateService.getValidatedArgs({ args: argsItemsController_deleteItem, context, next });

            const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(context.request) : iocContainer;

            const controller: any = container.get<ItemsController>(ItemsController);

            return templateService.apiHandler({
              methodName: 'deleteItem',
              controller,
              context,
              validatedArgs,
              successStatus: undefined,
            });
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsInvitationsController_previewInvitation: Record<string, TsoaRoute.ParameterSchema> = {
                body: {"in":"body","name":"body","required":true,"ref":"InvitationToken"},
        };
        router.post('/api/v1/invitations/preview',
            readBody('json'),
            ...(fetchMiddlewares<Middleware>(InvitationsController)),
            ...(fetchMiddlewares<Middleware>(InvitationsController.prototype.previewInvitation)),

            async function InvitationsController_previewInvitation(context: Context, next: Next) {

            const validatedArgs: any[] = templateService.getValidatedArgs({ args: argsInvitationsController_previewInvitation, context, next });

            const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(context.request) : iocContainer;

            const controller: any = container.get<InvitationsController>(InvitationsController);

            return templateService.apiHandler({
              methodName: 'previewInvitation',
              controller,
              context,
              validatedArgs,
              successStatus: undefined,
            });
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsInvitationsController_acceptInvitation: Record<string, TsoaRoute.ParameterSchema> = {
                request: {"in":"request","name":"request","required":true,"dataType":"object"},
                body: {"in":"body","name":"body","required":true,"ref":"InvitationToken"},
        };
        router.post('/api/v1/invitations/accept',
            readBody('json'),
            authenticateMiddleware([{"OAuth2PasswordBearer":[]}]),
            ...(fetchMiddlewares<Middleware>(InvitationsController)),
            ...(fetchMiddlewares<Middleware>(InvitationsController.prototype.acceptInvitation)),

            async function InvitationsController_acceptInvitation(context: Context, next: Next) {

            const validatedArgs: any[] = templateService.getValidatedArgs({ args: argsInvitationsController_acceptInvitation, context, next });

            const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(context.request) : iocContainer;

            const controller: any = container.get<InvitationsController>(InvitationsController);

            return templateService.apiHandler({
              methodName: 'acceptInvitation',
              controller,
              context,
              validatedArgs,
              successStatus: undefined,
            });
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsIdentityProvidersController_listProviders: Record<string, TsoaRoute.ParameterSchema> = {
        };
        router.get('/api/v1/login/providers',
            ...(fetchMiddlewares<Middleware>(IdentityProvidersController)),
            ...(fetchMiddlewares<Middleware>(IdentityProvidersController.prototype.listProviders)),

            async function IdentityProvidersController_listProviders(context: Context, next: Next) {

            const validatedArgs: any[] = templateService.getValidatedArgs({ args: argsIdentityProvidersController_listProviders, context, next });

            const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(context.request) : iocContainer;

            const controller: any = container.get<IdentityProvidersController>(IdentityProvidersController);

            return templateService.apiHandler({
              methodName: 'listProviders',
              controller,
              context,
              validatedArgs,
              successStatus: undefined,
            });
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsIdentityProvidersController_startSignIn: Record<string, TsoaRoute.ParameterSchema> = {
                request: {"in":"request","name":"request","required":true,"dataType":"object"},
                provider: {"in":"path","name":"provider","required":true,"dataType":"string"},
                next: {"in":"query","name":"next","dataType":"string"},
        };
        router.get('/api/v1/login/oidc/:provider',
            ...(fetchMiddlewares<Middleware>(IdentityProvidersController)),
            ...(fetchMiddlewares<Middleware>(IdentityProvidersController.prototype.startSignIn)),

            async function IdentityProvidersController_startSignIn(context: Context, next: Next) {

            const validatedArgs: any[] = templateService.getValidatedArgs({ args: argsIdentityProvidersController_startSignIn, context, next });

            const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(context.request) : iocContainer;

            const controller: any = container.get<IdentityProvidersController>(IdentityProvidersController);

            return templateService.apiHandler({
              methodName: 'startSignIn',
              controller,
              context,
              validatedArgs,
              successStatus: 302,
            });
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsIdentityProvidersController_finishSignIn: Record<string, TsoaRoute.ParameterSchema> = {
                request: {"in":"request","name":"request","required":true,"dataType":"object"},
                provider: {"in":"path","name":"provider","required":true,"dataType":"string"},
                code: {"in":"query","name":"code","dataType":"string"},
                state: {"in":"query","name":"state","dataType":"string"},
                error: {"in":"query","name":"error","dataType":"string"},
        };
        router.get('/api/v1/login/oidc/:provider/callback',
            ...(fetchMiddlewares<Middleware>(IdentityProvidersController)),
            ...(fetchMiddlewares<Middleware>(IdentityProvidersController.prototype.finishSignIn)),

            async function IdentityProvidersController_finishSignIn(context: Context, next: Next) {

            const validatedArgs: any[] = templateService.getValidatedArgs({ args: argsIdentityProvidersController_finishSignIn, context, next });

            const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(context.request) : iocContainer;

            const controller: any = container.get<IdentityProvidersController>(IdentityProvidersController);

            return templateService.apiHandler({
              methodName: 'finishSignIn',
              controller,
              context,
              validatedArgs,
              successStatus: 302,
            });
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsIdentityProvidersController_readMyIdentities: Record<string, TsoaRoute.ParameterSchema> = {
                request: {"in":"request","name":"request","required":true,"dataType":"object"},
        };
        router.get('/api/v1/users/me/identities',
            authenticateMiddleware([{"OAuth2PasswordBearer":[]}]),
            ...(fetchMiddlewares<Middleware>(IdentityProvidersController)),
            ...(fetchMiddlewares<Middleware>(IdentityProvidersController.prototype.readMyIdentities)),

            async function IdentityProvidersController_readMyIdentities(context: Context, next: Next) {

            const validatedArgs: any[] = templateService.getValidatedArgs({ args: argsIdentityProvidersController_readMyIdentities, context, next });

            const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(context.request) : iocContainer;

            const controller: any = container.get<IdentityProvidersController>(IdentityProvidersController);

            return templateService.apiHandler({
              methodName: 'readMyIdentities',
              controller,
              context,
              validatedArgs,
              successStatus: undefined,
            });
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsIdentityProvidersController_startLink: Record<string, TsoaRoute.ParameterSchema> = {
                request: {"in":"request","name":"request","required":true,"dataType":"object"},
                provider: {"in":"path","name":"provider","required":true,"dataType":"string"},
        };
        router.get('/api/v1/users/me/identities/:provider/link',
            authenticateMiddleware([{"OAuth2PasswordBearer":[]}]),
            ...(fetchMiddlewares<Middleware>(IdentityProvidersController)),
            ...(fetchMiddlewares<Middleware>(IdentityProvidersController.prototype.startLink)),

            async function IdentityProvidersController_startLink(context: Context, next: Next) {

            const validatedArgs: any[] = templateService.getValidatedArgs({ args: argsIdentityProvidersController_startLink, context, next });

            const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(context.request) : iocContainer;

            const controller: any = container.get<IdentityProvidersController>(IdentityProvidersController);

            return templateService.apiHandler({
              methodName: 'startLink',
              controller,
              context,
              validatedArgs,
              successStatus: 302,
            });
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsIdentityProvidersController_unlinkMyIdentity: Record<string, TsoaRoute.ParameterSchema> = {
                request: {"in":"request","name":"request","required":true,"dataType":"object"},
                identity_id: {"in":"path","name":"identity_id","required":true,"ref":"UUID"},
        };
        router.delete('/api/v1/users/me/identities/:identity_id',
            authenticateMiddleware([{"OAuth2PasswordBearer":[]}]),
            ...(fetchMiddlewares<Middleware>(IdentityProvidersController)),
            ...(fetchMiddlewares<Middleware>(IdentityProvidersController.prototype.unlinkMyIdentity)),

            async function IdentityProvidersController_unlinkMyIdentity(context: Context, next: Next) {

            const validatedArgs: any[] = templateService.getValidatedArgs({ args: argsIdentityProvidersController_unlinkMyIdentity, context, next });

            const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(context.request) : iocContainer;

            const controller: any = container.get<IdentityProvidersController>(IdentityProvidersController);

            return templateService.apiHandler({
              methodName: 'unlinkMyIdentity',
              controller,
              context,
              validatedArgs,
              successStatus: undefined,
            });
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsAuditEventsController_readAuditEvents: Record<string, TsoaRoute.ParameterSchema> = {
                request: {"in":"request","name":"request","required":true,"dataType":"object"},
                skip: {"default":0,"in":"query","name":"skip","dataType":"integer","validators":{"isInt":{"errorMsg":"invalid integer number"},"minimum":{"value":0},"maximum":{"value":9007199254740991}}},
                limit: {"default":100,"in":"query","name":"limit","dataType":"integer","validators":{"isInt":{"errorMsg":"invalid integer number"},"minimum":{"value":1},"maximum":{"value":1000}}},
                action: {"in":"query","name":"action","ref":"AuditActionName"},
                actor_id: {"in":"query","name":"actor_id","ref":"UUID"},
                target_id: {"in":"query","name":"target_id","ref":"UUID"},
                outcome: {"in":"query","name":"outcome","ref":"AuditOutcomeName"},
                since: {"in":"query","name":"since","dataType":"datetime"},
                until: {"in":"query","name":"until","dataType":"datetime"},
                q: {"in":"query","name":"q","dataType":"string","validators":{"minLength":{"value":1},"maxLength":{"value":200}}},
        };
        router.get('/api/v1/audit-events',
            authenticateMiddleware([{"OAuth2PasswordBearer":["superuser"]}]),
            ...(fetchMiddlewares<Middleware>(AuditEventsController)),
            ...(fetchMiddlewares<Middleware>(AuditEventsController.prototype.readAuditEvents)),

            async function AuditEventsController_readAuditEvents(context: Context, next: Next) {

            const validatedArgs: any[] = templateService.getValidatedArgs({ args: argsAuditEventsController_readAuditEvents, context, next });

            const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(context.request) : iocContainer;

            const controller: any = container.get<AuditEventsController>(AuditEventsController);

            return templateService.apiHandler({
              methodName: 'readAuditEvents',
              controller,
              context,
              validatedArgs,
              successStatus: undefined,
            });
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsAuditEventsController_exportAuditEvents: Record<string, TsoaRoute.ParameterSchema> = {
                request: {"in":"request","name":"request","required":true,"dataType":"object"},
                action: {"in":"query","name":"action","ref":"AuditActionName"},
                actor_id: {"in":"query","name":"actor_id","ref":"UUID"},
                target_id: {"in":"query","name":"target_id","ref":"UUID"},
                outcome: {"in":"query","name":"outcome","ref":"AuditOutcomeName"},
                since: {"in":"query","name":"since","dataType":"datetime"},
                until: {"in":"query","name":"until","dataType":"datetime"},
                q: {"in":"query","name":"q","dataType":"string","validators":{"minLength":{"value":1},"maxLength":{"value":200}}},
        };
        router.get('/api/v1/audit-events/export',
            authenticateMiddleware([{"OAuth2PasswordBearer":["superuser"]}]),
            ...(fetchMiddlewares<Middleware>(AuditEventsController)),
            ...(fetchMiddlewares<Middleware>(AuditEventsController.prototype.exportAuditEvents)),

            async function AuditEventsController_exportAuditEvents(context: Context, next: Next) {

            const validatedArgs: any[] = templateService.getValidatedArgs({ args: argsAuditEventsController_exportAuditEvents, context, next });

            const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(context.request) : iocContainer;

            const controller: any = container.get<AuditEventsController>(AuditEventsController);

            return templateService.apiHandler({
              methodName: 'exportAuditEvents',
              controller,
              context,
              validatedArgs,
              successStatus: undefined,
            });
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsAuditEventsController_readMyAuditEvents: Record<string, TsoaRoute.ParameterSchema> = {
                request: {"in":"request","name":"request","required":true,"dataType":"object"},
                skip: {"default":0,"in":"query","name":"skip","dataType":"integer","validators":{"isInt":{"errorMsg":"invalid integer number"},"minimum":{"value":0},"maximum":{"value":9007199254740991}}},
                limit: {"default":100,"in":"query","name":"limit","dataType":"integer","validators":{"isInt":{"errorMsg":"invalid integer number"},"minimum":{"value":1},"maximum":{"value":1000}}},
        };
        router.get('/api/v1/users/me/audit-events',
            authenticateMiddleware([{"OAuth2PasswordBearer":[]}]),
            ...(fetchMiddlewares<Middleware>(AuditEventsController)),
            ...(fetchMiddlewares<Middleware>(AuditEventsController.prototype.readMyAuditEvents)),

            async function AuditEventsController_readMyAuditEvents(context: Context, next: Next) {

            const validatedArgs: any[] = templateService.getValidatedArgs({ args: argsAuditEventsController_readMyAuditEvents, context, next });

            const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(context.request) : iocContainer;

            const controller: any = container.get<AuditEventsController>(AuditEventsController);

            return templateService.apiHandler({
              methodName: 'readMyAuditEvents',
              controller,
              context,
              validatedArgs,
              successStatus: undefined,
            });
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsAccountSecurityController_verifyEmail: Record<string, TsoaRoute.ParameterSchema> = {
                request: {"in":"request","name":"request","required":true,"dataType":"object"},
                body: {"in":"body","name":"body","required":true,"ref":"EmailVerificationToken"},
        };
        router.post('/api/v1/verify-email',
            readBody('json'),
            ...(fetchMiddlewares<Middleware>(AccountSecurityController)),
            ...(fetchMiddlewares<Middleware>(AccountSecurityController.prototype.verifyEmail)),

            async function AccountSecurityController_verifyEmail(context: Context, next: Next) {

            const validatedArgs: any[] = templateService.getValidatedArgs({ args: argsAccountSecurityController_verifyEmail, context, next });

            const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(context.request) : iocContainer;

            const controller: any = container.get<AccountSecurityController>(AccountSecurityController);

            return templateService.apiHandler({
              methodName: 'verifyEmail',
              controller,
              context,
              validatedArgs,
              successStatus: undefined,
            });
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsAccountSecurityController_sendVerificationEmail: Record<string, TsoaRoute.ParameterSchema> = {
                request: {"in":"request","name":"request","required":true,"dataType":"object"},
        };
        router.post('/api/v1/users/me/verification-email',
            authenticateMiddleware([{"OAuth2PasswordBearer":[]}]),
            ...(fetchMiddlewares<Middleware>(AccountSecurityController)),
            ...(fetchMiddlewares<Middleware>(AccountSecurityController.prototype.sendVerificationEmail)),

            async function AccountSecurityController_sendVerificationEmail(context: Context, next: Next) {

            const validatedArgs: any[] = templateService.getValidatedArgs({ args: argsAccountSecurityController_sendVerificationEmail, context, next });

            const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(context.request) : iocContainer;

            const controller: any = container.get<AccountSecurityController>(AccountSecurityController);

            return templateService.apiHandler({
              methodName: 'sendVerificationEmail',
              controller,
              context,
              validatedArgs,
              successStatus: undefined,
            });
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsAccountSecurityController_readMySecurity: Record<string, TsoaRoute.ParameterSchema> = {
                request: {"in":"request","name":"request","required":true,"dataType":"object"},
        };
        router.get('/api/v1/users/me/security',
            authenticateMiddleware([{"OAuth2PasswordBearer":[]}]),
            ...(fetchMiddlewares<Middleware>(AccountSecurityController)),
            ...(fetchMiddlewares<Middleware>(AccountSecurityController.prototype.readMySecurity)),

            async function AccountSecurityController_readMySecurity(context: Context, next: Next) {

            const validatedArgs: any[] = templateService.getValidatedArgs({ args: argsAccountSecurityController_readMySecurity, context, next });

            const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(context.request) : iocContainer;

            const controller: any = container.get<AccountSecurityController>(AccountSecurityController);

            return templateService.apiHandler({
              methodName: 'readMySecurity',
              controller,
              context,
              validatedArgs,
              successStatus: undefined,
            });
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa


    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

    function authenticateMiddleware(security: TsoaRoute.Security[] = []) {
        const [onlyScheme, ...otherSchemes] = security;
        if (onlyScheme && otherSchemes.length === 0 && Object.keys(onlyScheme).length === 1) {
            const [name, scopes] = Object.entries(onlyScheme)[0]!;
            return async function authenticateOneScheme(context: any, next: any) {
                context.request['user'] = await koaAuthenticationRecasted(context.request, name, scopes, context.response);
                if (context.response.body) {
                    return;
                }
                return next();
            };
        }
        return async function runAuthenticationMiddleware(context: any, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            // keep track of failed auth attempts so we can hand back the most
            // recent one.  This behavior was previously existing so preserving it
            // here
            const failedAttempts: any[] = [];
            const pushAndRethrow = (error: any) => {
                failedAttempts.push(error);
                throw error;
            };

            const secMethodOrPromises: Promise<any>[] = [];
            for (const secMethod of security) {
                if (Object.keys(secMethod).length > 1) {
                    const secMethodAndPromises: Promise<any>[] = [];

                    for (const name in secMethod) {
                        secMethodAndPromises.push(
                            koaAuthenticationRecasted(context.request, name, secMethod[name], context.response)
                                .catch(pushAndRethrow)
                        );
                    }

                    secMethodOrPromises.push(Promise.all(secMethodAndPromises)
                        .then(users => { return users[0]; }));
                } else {
                    for (const name in secMethod) {
                        secMethodOrPromises.push(
                            koaAuthenticationRecasted(context.request, name, secMethod[name], context.response)
                                .catch(pushAndRethrow)
                        );
                    }
                }
            }

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let success;
            try {
                const user = await Promise.any(secMethodOrPromises);
                success = true;
                context.request['user'] = user;
            }
            catch(err) {
                // Response was sent in middleware, abort
                if(context.response.body) {
                    return;
                }

                // Show most recent error as response
                throw failedAttempts.pop();
            }

            // Response was sent in middleware, abort
            if(context.response.body) {
                return;
            }

            if (success) {
                await next();
            }

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        }
    }

    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
}

// WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
